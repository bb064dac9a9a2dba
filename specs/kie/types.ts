// GENERATED FILE: do not edit by hand.
// Source: specs/kie/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/api/v1/chat/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account's remaining credits
         * @description The current credit balance (`data`, an integer). The mock always answers the page's example balance.
         */
        get: operations["getRemainingCredits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/createTask": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a generation task for an Ideogram model
         * @description Creates a task for `model` with its `input`; answers the task id at once. Poll `getTaskDetail`
         *     with it, or pass `callBackUrl` to be called when the task finishes. The `input` schema depends on
         *     `model` (discriminator): `ideogram/character`, `ideogram/character-edit`,
         *     `ideogram/character-remix`, `ideogram/v3-reframe`, and (listed in Kie's docs index, pages not
         *     read) `ideogram/v3-text-to-image`, `ideogram/v3-edit`, `ideogram/v3-remix`. Image inputs are
         *     URLs Kie downloads.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/recordInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status and result of a task
         * @description The task created by `createTask`: its `state` (waiting, queuing, generating, success, fail), the
         *     request as a JSON string (`param`), and once `success` the result as a JSON string
         *     (`resultJson`, `{"resultUrls": [...]}`); once `fail`, `failCode` and `failMsg`. Times are Unix
         *     milliseconds.
         */
        get: operations["getTaskDetail"];
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
    taskCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The finished task, POSTed to the request's callBackUrl
         * @description Kie POSTs the task to `callBackUrl` when it finishes (success or fail); the body is what
         *     `getTaskDetail` answers for it. With a webhook HMAC key set in the account, two headers sign it:
         *     `X-Webhook-Timestamp` (Unix seconds) and `X-Webhook-Signature`, the base64 HMAC-SHA256 of
         *     `taskId + "." + timestamp` keyed with the account's webhookHmacKey (the mock's `--webhook-secret`).
         *     Only the task id and the time are signed, not the body.
         */
        post: operations["taskCallback"];
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
         * Format: uri
         * @description Called with the task when it finishes (optional; recommended over polling). The length bound is the mock's (x-unconfirmed).
         */
        CallBackUrl: string;
        CharacterEditTask: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /** @description Ideogram Character Edit (inpainting with a character reference). */
            input: {
                expand_prompt?: components["schemas"]["ExpandPrompt"];
                image_url: components["schemas"]["ImageUrl"];
                mask_url: components["schemas"]["MaskUrl"];
                num_images?: components["schemas"]["NumImages"];
                prompt: components["schemas"]["Prompt"];
                reference_image_urls: components["schemas"]["ReferenceImageUrls"];
                rendering_speed?: components["schemas"]["RenderingSpeed"];
                seed?: components["schemas"]["Seed"];
                style?: components["schemas"]["CharacterStyle"];
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "CharacterEditTask";
        };
        CharacterRemixTask: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /** @description Ideogram Character Remix. Kie documents 13 input fields. */
            input: {
                expand_prompt?: components["schemas"]["ExpandPrompt"];
                image_size?: components["schemas"]["ImageSize"];
                image_url: components["schemas"]["ImageUrl"];
                image_urls?: components["schemas"]["StyleImageUrls"];
                negative_prompt?: components["schemas"]["NegativePrompt"];
                num_images?: components["schemas"]["NumImages"];
                prompt: components["schemas"]["Prompt"];
                reference_image_urls: components["schemas"]["ReferenceImageUrls"];
                /** @description A mask for the character reference, as one URL. A string, not a list, in the page's example (`""` for none), so the mock does not hold it to the URL check. */
                reference_mask_urls?: string;
                rendering_speed?: components["schemas"]["RenderingSpeed"];
                seed?: components["schemas"]["Seed"];
                strength?: components["schemas"]["Strength"];
                style?: components["schemas"]["CharacterStyle"];
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "CharacterRemixTask";
        };
        /**
         * @description The character models' style types.
         * @default AUTO
         * @enum {string}
         */
        CharacterStyle: "AUTO" | "REALISTIC" | "FICTION";
        CharacterTask: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /** @description Ideogram Character. Kie documents 9 input fields. */
            input: {
                expand_prompt?: components["schemas"]["ExpandPrompt"];
                image_size?: components["schemas"]["ImageSize"];
                negative_prompt?: components["schemas"]["NegativePrompt"];
                num_images?: components["schemas"]["NumImages"];
                prompt: components["schemas"]["Prompt"];
                reference_image_urls: components["schemas"]["ReferenceImageUrls"];
                rendering_speed?: components["schemas"]["RenderingSpeed"];
                seed?: components["schemas"]["Seed"];
                style?: components["schemas"]["CharacterStyle"];
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "CharacterTask";
        };
        /** @description `{model, input, callBackUrl}`; which `input` fields are allowed and required depends on `model`. */
        CreateTaskRequest: components["schemas"]["CharacterTask"] | components["schemas"]["CharacterEditTask"] | components["schemas"]["CharacterRemixTask"] | components["schemas"]["V3ReframeTask"] | components["schemas"]["V3TextToImageTask"] | components["schemas"]["V3EditTask"] | components["schemas"]["V3RemixTask"];
        CreateTaskResponse: {
            /** @constant */
            code: 200;
            data: {
                taskId: string;
            };
            msg: string;
        };
        CreditsResponse: {
            /** @constant */
            code: 200;
            /** @description Remaining credits. */
            data: number;
            msg: string;
        };
        /** @description Kie's envelope for a refusal: `code` names the error, `msg` says what went wrong. */
        Error: {
            /** @description Kie documents 401, 402, 404, 422, 429, 455, 500, 501 and 505; the mock also answers the statuses it has no Kie code for (405, 413, 503) in this envelope. */
            code: number;
            data?: null | Record<string, never>;
            msg: string;
        };
        /**
         * @description Whether MagicPrompt expands the prompt.
         * @default true
         */
        ExpandPrompt: boolean;
        /**
         * @description The output size preset.
         * @default square_hd
         * @enum {string}
         */
        ImageSize: "square" | "square_hd" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9";
        /** @description URL of the input image (JPEG, PNG or WebP), downloaded by Kie. */
        ImageUrl: string;
        /** @description URL of the mask (black where the image is to be edited), downloaded by Kie. */
        MaskUrl: string;
        /** @description What to leave out of the image. The length bound is the mock's (x-unconfirmed). */
        NegativePrompt: string;
        /**
         * @description How many images, as a string. Each is charged separately.
         * @default 1
         * @enum {string}
         */
        NumImages: "1" | "2" | "3" | "4";
        /** @description The text prompt (at most 5000 characters). */
        Prompt: string;
        /** @description URLs of the character reference images (Ideogram uses one). The bound of 10 is the mock's (x-unconfirmed): no page states a maximum. */
        ReferenceImageUrls: string[];
        /**
         * @description Speed against quality (and price).
         * @default BALANCED
         * @enum {string}
         */
        RenderingSpeed: "TURBO" | "BALANCED" | "QUALITY";
        /** @description Seed for reproducible results. */
        Seed: number;
        /**
         * @description How strongly the input image is used (remix). The bounds are fal's for the same field.
         * @default 0.8
         */
        Strength: number;
        /** @description URLs of style reference images. The bound of 10 is the mock's (x-unconfirmed). */
        StyleImageUrls: string[];
        TaskDetail: {
            /** @description Unix milliseconds when it finished. */
            completeTime: number | null;
            /** @description Milliseconds the generation took. */
            costTime: number | null;
            /** @description Unix milliseconds when it was created. */
            createTime: number;
            failCode: string | null;
            failMsg: string | null;
            model: string;
            /** @description The createTask request, as a JSON string. */
            param: string;
            /** @description Once `success`: `{"resultUrls": [...]}` as a JSON string; empty before. */
            resultJson: string | null;
            state: components["schemas"]["TaskState"];
            taskId: string;
            /** @description Unix milliseconds of the last change. */
            updateTime?: number | null;
        };
        TaskDetailResponse: {
            /** @constant */
            code: 200;
            data: components["schemas"]["TaskDetail"];
            msg: string;
        };
        /** @enum {string} */
        TaskState: "waiting" | "queuing" | "generating" | "success" | "fail";
        /** @description Listed in Kie's docs index (https://docs.kie.ai/market/ideogram/v3-edit); the page was not read. */
        V3EditTask: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: {
                expand_prompt?: components["schemas"]["ExpandPrompt"];
                image_url: components["schemas"]["ImageUrl"];
                mask_url: components["schemas"]["MaskUrl"];
                prompt: components["schemas"]["Prompt"];
                rendering_speed?: components["schemas"]["RenderingSpeed"];
                seed?: components["schemas"]["Seed"];
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "V3EditTask";
        };
        V3ReframeTask: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            /** @description Ideogram 3.0 Reframe (outpaint an image to a new size). No prompt. */
            input: {
                image_size: components["schemas"]["ImageSize"];
                image_url: components["schemas"]["ImageUrl"];
                num_images?: components["schemas"]["NumImages"];
                rendering_speed?: components["schemas"]["RenderingSpeed"];
                seed?: components["schemas"]["Seed"];
                style?: components["schemas"]["V3Style"];
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "V3ReframeTask";
        };
        /** @description Listed in Kie's docs index (https://docs.kie.ai/market/ideogram/v3-remix); the page was not read. */
        V3RemixTask: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: {
                expand_prompt?: components["schemas"]["ExpandPrompt"];
                image_size?: components["schemas"]["ImageSize"];
                image_url: components["schemas"]["ImageUrl"];
                negative_prompt?: components["schemas"]["NegativePrompt"];
                num_images?: components["schemas"]["NumImages"];
                prompt: components["schemas"]["Prompt"];
                rendering_speed?: components["schemas"]["RenderingSpeed"];
                seed?: components["schemas"]["Seed"];
                strength?: components["schemas"]["Strength"];
                style?: components["schemas"]["V3Style"];
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "V3RemixTask";
        };
        /**
         * @description Ideogram 3.0's style types, as fal (which Kie's field names follow) lists them; only AUTO is in a Kie example.
         * @default AUTO
         * @enum {string}
         */
        V3Style: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
        /** @description Listed in Kie's docs index (https://docs.kie.ai/market/ideogram/v3-text-to-image); the page was not read. */
        V3TextToImageTask: {
            callBackUrl?: components["schemas"]["CallBackUrl"];
            input: {
                expand_prompt?: components["schemas"]["ExpandPrompt"];
                image_size?: components["schemas"]["ImageSize"];
                negative_prompt?: components["schemas"]["NegativePrompt"];
                prompt: components["schemas"]["Prompt"];
                rendering_speed?: components["schemas"]["RenderingSpeed"];
                seed?: components["schemas"]["Seed"];
                style?: components["schemas"]["V3Style"];
            };
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            model: "V3TextToImageTask";
        };
    };
    responses: {
        /** @description The requested feature is disabled (`code` 505). */
        FeatureDisabled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Content generation failed (`code` 501). */
        GenerationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The account does not have enough credits (`code` 402). */
        InsufficientCredits: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The system is undergoing maintenance (`code` 455). */
        Maintenance: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The requested resource or endpoint does not exist (`code` 404). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Request limit exceeded (`code` 429). */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected error occurred (`code` 500). */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No task with this id (`code` 404). */
        TaskNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Authentication credentials are missing or invalid (`code` 401). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request parameters failed validation (`code` 422). */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getRemainingCredits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance (`code` 200). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
            505: components["responses"]["FeatureDisabled"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The task was created (`code` 200); poll `getTaskDetail` with `data.taskId`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["InsufficientCredits"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
            501: components["responses"]["GenerationFailed"];
            505: components["responses"]["FeatureDisabled"];
        };
    };
    getTaskDetail: {
        parameters: {
            query: {
                /** @description The task id `createTask` answered. */
                taskId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task (`code` 200), in whatever state it is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetailResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["TaskNotFound"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["RateLimited"];
            455: components["responses"]["Maintenance"];
            500: components["responses"]["ServerError"];
        };
    };
    taskCallback: {
        parameters: {
            query?: never;
            header: {
                /** @description base64(HMAC-SHA256(taskId + "." + timestamp, webhookHmacKey)). */
                "X-Webhook-Signature": string;
                /** @description Unix time in seconds when the callback was sent. */
                "X-Webhook-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskDetailResponse"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the callback. Kie's retry behaviour is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
