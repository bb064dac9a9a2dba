// GENERATED FILE: do not edit by hand.
// Source: specs/wavespeed/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/api/v3/ideogram-ai/ideogram-character": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram Character - submit a task
         * @description Consistent characters from one reference image (`image`, required), in the styles Auto, Fiction or Realistic, at a rendering speed.
         *     Answers the task (`status: created`) at once; poll `data.urls.get` (`getPredictionResult`), or
         *     pass `?webhook=<url>` to receive the finished task. With `enable_sync_mode: true` the answer
         *     waits for the result.
         */
        post: operations["ideogramCharacter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/ideogram-ai/ideogram-v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram V2 - submit a task
         * @description An image model with inpainting, prompt comprehension and text rendering: text-to-image, image-to-image (`image`) and inpainting (`image` + `mask_image`).
         *     Answers the task (`status: created`) at once; poll `data.urls.get` (`getPredictionResult`), or
         *     pass `?webhook=<url>` to receive the finished task. With `enable_sync_mode: true` the answer
         *     waits for the result.
         */
        post: operations["ideogramV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/ideogram-ai/ideogram-v2a": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram V2a - submit a task
         * @description Like Ideogram V2, faster and cheaper: text-to-image, image-to-image and inpainting.
         *     Answers the task (`status: created`) at once; poll `data.urls.get` (`getPredictionResult`), or
         *     pass `?webhook=<url>` to receive the finished task. With `enable_sync_mode: true` the answer
         *     waits for the result.
         */
        post: operations["ideogramV2a"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/ideogram-ai/ideogram-v2a-turbo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram V2a Turbo - submit a task
         * @description The fast V2a: six style presets (Render 3D and Anime included), text-to-image, image editing and inpainting.
         *     Answers the task (`status: created`) at once; poll `data.urls.get` (`getPredictionResult`), or
         *     pass `?webhook=<url>` to receive the finished task. With `enable_sync_mode: true` the answer
         *     waits for the result.
         */
        post: operations["ideogramV2aTurbo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/ideogram-ai/ideogram-v3-balanced": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram V3 Balanced - submit a task
         * @description Ideogram 3.0 balancing speed, quality and cost: text-to-image, image editing, masked inpainting and up to 3 reference images.
         *     Answers the task (`status: created`) at once; poll `data.urls.get` (`getPredictionResult`), or
         *     pass `?webhook=<url>` to receive the finished task. With `enable_sync_mode: true` the answer
         *     waits for the result.
         */
        post: operations["ideogramV3Balanced"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/ideogram-ai/ideogram-v3-turbo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram V3 Turbo - submit a task
         * @description The fastest Ideogram 3.0: text-to-image, image editing, masked inpainting and up to 3 reference images.
         *     Answers the task (`status: created`) at once; poll `data.urls.get` (`getPredictionResult`), or
         *     pass `?webhook=<url>` to receive the finished task. With `enable_sync_mode: true` the answer
         *     waits for the result.
         */
        post: operations["ideogramV3Turbo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/predictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task's status and result (the path "How to Get Result" shows)
         * @description The guide "How to Get Result" polls `GET /api/v3/predictions/{task-id}`, without the `/result`
         *     every model page and the official clients use; the answer is the same (NOTES.md).
         */
        get: operations["getPrediction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/predictions/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task's status and result
         * @description The task as it stands: `created` (queued), `processing`, `completed` (`outputs` holds one URL per
         *     image, or base64 with `enable_base64_output`) or `failed` (`error` says why). Every status, the
         *     failure included, is an HTTP 200 with `code: 200` and `message: success`.
         */
        get: operations["getPredictionResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/webhook/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account's webhook signing secret
         * @description The secret webhook deliveries are signed with, prefixed `whsec_`: the HMAC key is the text after
         *     the prefix, as it is (not base64-decoded). The page shows the request only; the answer's shape
         *     is the API's usual envelope with the secret in `data.secret` (a guess, NOTES.md).
         */
        get: operations["getWebhookSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    predictionFinished: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The finished task, POSTed to the submit's `webhook` URL
         * @description Sent once, when the task completes or fails: the task object itself (no `code`/`message`
         *     envelope), with the request's `input`. `outputs` holds the images when `status` is `completed`;
         *     `error` says why when it is `failed`.
         *
         *     Signing (https://wavespeed.ai/docs/docs-api/verifying_webhook): headers `webhook-id`,
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature: v3,<hex>`, the hex HMAC-SHA256 of
         *     `"{webhook-id}.{webhook-timestamp}.{raw body}"` keyed with the webhook secret without its
         *     `whsec_` prefix (the text as it is). Receivers are told to refuse timestamps older than 300 s.
         */
        post: operations["predictionFinished"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The aspect ratio of the generated image.
         * @default 1:1
         * @enum {string}
         */
        AspectRatio: "1:1" | "16:9" | "9:16" | "4:3" | "3:4";
        /**
         * @description The outputs as base64 strings instead of URLs (API only).
         * @default false
         */
        EnableBase64Output: boolean;
        /**
         * @description The pages list an "Enable Safety Checker" toggle without its API name; `enable_safety_checker`
         *     is the name WaveSpeed's other models use (a guess here).
         * @default true
         */
        EnableSafetyChecker: boolean;
        /**
         * @description Answer the submit once the task has finished (its `completed` or `failed` task) instead of at
         *     once. Not on the Ideogram pages; the official clients send it (`enableSyncMode`) for any model.
         * @default false
         */
        EnableSyncMode: boolean;
        /**
         * @description A refusal. The pages document the statuses (401, 403, 429) but no error body; the API's
         *     envelope with the status as `code` is assumed (NOTES.md).
         */
        Error: {
            code: number;
            data?: null;
            message: string;
        };
        /** @description The inputs of Ideogram Character. */
        IdeogramCharacterRequest: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            enable_base64_output?: components["schemas"]["EnableBase64Output"];
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            enable_sync_mode?: components["schemas"]["EnableSyncMode"];
            /** @description The character's reference image. */
            image: components["schemas"]["ImageInput"];
            /** @description What to do with the character. */
            prompt: string;
            /**
             * @default Default
             * @enum {string}
             */
            rendering_speed: "Turbo" | "Default" | "Quality";
            /**
             * @default Auto
             * @enum {string}
             */
            style: "Auto" | "Fiction" | "Realistic";
        };
        /** @description The inputs of Ideogram V2, V2a and V2a Turbo. */
        IdeogramV2Request: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            enable_base64_output?: components["schemas"]["EnableBase64Output"];
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            enable_sync_mode?: components["schemas"]["EnableSyncMode"];
            image?: components["schemas"]["ImageInput"];
            /** @description Where to generate new pixels (white) and where to keep the image (black). */
            mask_image?: components["schemas"]["ImageInput"];
            /** @description The prompt to generate an image from. */
            prompt: string;
            /**
             * @description The style of the generated image (the six V2a Turbo lists; the V2 and V2a pages give no range, NOTES.md).
             * @default Auto
             * @enum {string}
             */
            style: "Auto" | "General" | "Realistic" | "Design" | "Render 3D" | "Anime";
        };
        /** @description The inputs of Ideogram V3 Turbo and V3 Balanced. */
        IdeogramV3Request: {
            aspect_ratio?: components["schemas"]["AspectRatio"];
            enable_base64_output?: components["schemas"]["EnableBase64Output"];
            enable_safety_checker?: components["schemas"]["EnableSafetyChecker"];
            enable_sync_mode?: components["schemas"]["EnableSyncMode"];
            image?: components["schemas"]["ImageInput"];
            /** @description The regions to regenerate (white). */
            mask_image?: components["schemas"]["ImageInput"];
            /** @description Text description of the image to generate. */
            prompt: string;
            /** @description Up to 3 images that guide style and composition. */
            reference_images?: components["schemas"]["ImageInput"][];
            /**
             * @description The style of the generated image.
             * @default Auto
             * @enum {string}
             */
            style: "Auto" | "General" | "Realistic" | "Design";
        };
        /** @description An image as a public URL (or uploaded through the playground). */
        ImageInput: string;
        /** @description A task as the API shows it. */
        Task: {
            /** @description The failure's code (1xxx the request's fault, 5xxx the service's; 5004 a sync-mode timeout). */
            code?: number;
            /** @description When the task was created (ISO 8601). */
            created_at?: string;
            /** @description Why the task failed; empty otherwise. */
            error?: string;
            /** @description Execution time in milliseconds (seen in answers, not in the parameter tables). */
            executionTime?: number;
            /** @description Whether each output was detected as NSFW. */
            has_nsfw_contents?: boolean[];
            /** @description The task id. */
            id: string;
            /** @description The model the task runs (`ideogram-ai/ideogram-v3-turbo`). */
            model?: string;
            /** @description One URL (or base64 string) per image; empty until `completed`. */
            outputs?: string[];
            /** @enum {string} */
            status: "created" | "processing" | "completed" | "failed";
            timings?: {
                /** @description Inference time in milliseconds. */
                inference?: number;
            };
            urls?: {
                /** @description The URL to poll for the result. */
                get?: string;
            };
        };
        TaskResponse: {
            /** @description 200 on success (the HTTP status). */
            code: number;
            data: components["schemas"]["Task"];
            /** @description `success`. */
            message: string;
        };
        WebhookSecretResponse: {
            code: number;
            data: {
                secret: string;
            };
            message: string;
        };
        WebhookTask: components["schemas"]["Task"] & {
            /** @description The submitted inputs. */
            input?: Record<string, never>;
        };
    };
    responses: {
        /** @description The body is not valid JSON or fails the model's inputs. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The service failed. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No task of this account has that id. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The task as it stands; a failed task too is a 200. */
        Result: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskResponse"];
            };
        };
        /** @description The task, created. */
        Submitted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TaskResponse"];
            };
        };
        /** @description The account's rate limit (by its level) is reached. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No API key, or one that is not valid (or not activated by a top-up). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The task's id (`data.id` of the submit's answer). */
        TaskId: string;
        /**
         * @description A URL that receives the finished task (POST, JSON). The page asks for a publicly reachable
         *     HTTPS endpoint; the mock delivers to loopback addresses (and hosts given to `--webhook-allow`).
         */
        Webhook: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ideogramCharacter: {
        parameters: {
            query?: {
                /**
                 * @description A URL that receives the finished task (POST, JSON). The page asks for a publicly reachable
                 *     HTTPS endpoint; the mock delivers to loopback addresses (and hosts given to `--webhook-allow`).
                 */
                webhook?: components["parameters"]["Webhook"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramCharacterRequest"];
            };
        };
        responses: {
            200: components["responses"]["Submitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ideogramV2: {
        parameters: {
            query?: {
                /**
                 * @description A URL that receives the finished task (POST, JSON). The page asks for a publicly reachable
                 *     HTTPS endpoint; the mock delivers to loopback addresses (and hosts given to `--webhook-allow`).
                 */
                webhook?: components["parameters"]["Webhook"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramV2Request"];
            };
        };
        responses: {
            200: components["responses"]["Submitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ideogramV2a: {
        parameters: {
            query?: {
                /**
                 * @description A URL that receives the finished task (POST, JSON). The page asks for a publicly reachable
                 *     HTTPS endpoint; the mock delivers to loopback addresses (and hosts given to `--webhook-allow`).
                 */
                webhook?: components["parameters"]["Webhook"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramV2Request"];
            };
        };
        responses: {
            200: components["responses"]["Submitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ideogramV2aTurbo: {
        parameters: {
            query?: {
                /**
                 * @description A URL that receives the finished task (POST, JSON). The page asks for a publicly reachable
                 *     HTTPS endpoint; the mock delivers to loopback addresses (and hosts given to `--webhook-allow`).
                 */
                webhook?: components["parameters"]["Webhook"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramV2Request"];
            };
        };
        responses: {
            200: components["responses"]["Submitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ideogramV3Balanced: {
        parameters: {
            query?: {
                /**
                 * @description A URL that receives the finished task (POST, JSON). The page asks for a publicly reachable
                 *     HTTPS endpoint; the mock delivers to loopback addresses (and hosts given to `--webhook-allow`).
                 */
                webhook?: components["parameters"]["Webhook"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramV3Request"];
            };
        };
        responses: {
            200: components["responses"]["Submitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ideogramV3Turbo: {
        parameters: {
            query?: {
                /**
                 * @description A URL that receives the finished task (POST, JSON). The page asks for a publicly reachable
                 *     HTTPS endpoint; the mock delivers to loopback addresses (and hosts given to `--webhook-allow`).
                 */
                webhook?: components["parameters"]["Webhook"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdeogramV3Request"];
            };
        };
        responses: {
            200: components["responses"]["Submitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPrediction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task's id (`data.id` of the submit's answer). */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Result"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getPredictionResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The task's id (`data.id` of the submit's answer). */
                id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Result"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    predictionFinished: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery's id. */
                "webhook-id": string;
                /** @description `v3,` then the hex HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`. */
                "webhook-signature": string;
                /** @description When the delivery was made, Unix seconds. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTask"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
