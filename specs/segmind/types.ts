// GENERATED FILE: do not edit by hand.
// Source: specs/segmind/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/v1/ideogram-3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 text to image (synchronous)
         * @description Runs `ideogram-3` and answers with the generated image when it is done. Segmind's Python SDK reads the
         *     answer as the image's bytes (`run_sync(...).content` written to a `.jpg`), and Segmind's model pages
         *     say "Returns: Image"; the model page's own Python sample parses the answer as JSON instead. Both
         *     are documented here: the mock answers the image (PNG bytes, `Content-Type: image/png`), and
         *     `Prefer: example=json-variant` gives the JSON variant.
         */
        post: operations["v1Ideogram3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-3-reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 reframe of an image to a resolution (synchronous)
         * @description Runs `ideogram-3-reframe` and answers with the generated image when it is done. Segmind's Python SDK reads the
         *     answer as the image's bytes (`run_sync(...).content` written to a `.jpg`), and Segmind's model pages
         *     say "Returns: Image"; the model page's own Python sample parses the answer as JSON instead. Both
         *     are documented here: the mock answers the image (PNG bytes, `Content-Type: image/png`), and
         *     `Prefer: example=json-variant` gives the JSON variant.
         */
        post: operations["v1Ideogram3Reframe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-3-remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 remix of an image (synchronous)
         * @description Runs `ideogram-3-remix` and answers with the generated image when it is done. Segmind's Python SDK reads the
         *     answer as the image's bytes (`run_sync(...).content` written to a `.jpg`), and Segmind's model pages
         *     say "Returns: Image"; the model page's own Python sample parses the answer as JSON instead. Both
         *     are documented here: the mock answers the image (PNG bytes, `Content-Type: image/png`), and
         *     `Prefer: example=json-variant` gives the JSON variant.
         */
        post: operations["v1Ideogram3Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ideogram-3-replace-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 background replacement (synchronous)
         * @description Runs `ideogram-3-replace-background` and answers with the generated image when it is done. Segmind's Python SDK reads the
         *     answer as the image's bytes (`run_sync(...).content` written to a `.jpg`), and Segmind's model pages
         *     say "Returns: Image"; the model page's own Python sample parses the answer as JSON instead. Both
         *     are documented here: the mock answers the image (PNG bytes, `Content-Type: image/png`), and
         *     `Prefer: example=json-variant` gives the JSON variant.
         */
        post: operations["v1Ideogram3ReplaceBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ideogram-3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 text to image (queued)
         * @description Queues `ideogram-3` and answers at once with the request's id and the URLs to poll: `status_url`
         *     (status and metrics only) and `response_url` (the result). `poll_url` is v1's older poll endpoint,
         *     kept for backward compatibility (not served by the mock). Segmind's SDK refuses a 2xx submit that
         *     lacks `request_id`, `status_url` or `response_url`.
         */
        post: operations["v2Ideogram3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ideogram-3-reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 reframe of an image to a resolution (queued)
         * @description Queues `ideogram-3-reframe` and answers at once with the request's id and the URLs to poll: `status_url`
         *     (status and metrics only) and `response_url` (the result). `poll_url` is v1's older poll endpoint,
         *     kept for backward compatibility (not served by the mock). Segmind's SDK refuses a 2xx submit that
         *     lacks `request_id`, `status_url` or `response_url`.
         */
        post: operations["v2Ideogram3Reframe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ideogram-3-remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 remix of an image (queued)
         * @description Queues `ideogram-3-remix` and answers at once with the request's id and the URLs to poll: `status_url`
         *     (status and metrics only) and `response_url` (the result). `poll_url` is v1's older poll endpoint,
         *     kept for backward compatibility (not served by the mock). Segmind's SDK refuses a 2xx submit that
         *     lacks `request_id`, `status_url` or `response_url`.
         */
        post: operations["v2Ideogram3Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ideogram-3-replace-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ideogram 3.0 background replacement (queued)
         * @description Queues `ideogram-3-replace-background` and answers at once with the request's id and the URLs to poll: `status_url`
         *     (status and metrics only) and `response_url` (the result). `poll_url` is v1's older poll endpoint,
         *     kept for backward compatibility (not served by the mock). Segmind's SDK refuses a 2xx submit that
         *     lacks `request_id`, `status_url` or `response_url`.
         */
        post: operations["v2Ideogram3ReplaceBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Result of a v2 request
         * @description The full result once COMPLETED: `status`, `metrics` and `output` (for image models the image's URL;
         *     "the output field is always present across all modalities"). Before that it shows the status as the
         *     status endpoint does; a FAILED request is answered with HTTP 422 and `{status: FAILED, error}`.
         */
        get: operations["getRequestResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/requests/{request_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status of a v2 request
         * @description The lightweight poll: status and metrics, no output. QUEUED → PROCESSING → COMPLETED | FAILED. A
         *     FAILED request is answered with HTTP 422 and a `{status: FAILED, error}` body (Segmind's SDK treats
         *     any body with a terminal status as the answer, whatever the HTTP status). Requests are kept for 1 hour
         *     after submission; after that, and for an id the key never submitted, 404.
         */
        get: operations["getRequestStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Aspect ratio (remix); 15 values in Ideogram's `WxH` form.
         * @enum {string}
         */
        AspectRatioV3: "1x3" | "3x1" | "1x2" | "2x1" | "9x16" | "16x9" | "10x16" | "16x10" | "2x3" | "3x2" | "3x4" | "4x3" | "4x5" | "5x4" | "1x1";
        /** @description A color palette for generation, by preset `name` or by `members`. */
        ColorPalette: {
            name: string;
        } | {
            members: {
                color_hex?: string;
                color_weight?: number;
            }[];
        };
        Error: {
            error: string;
        };
        Failed: {
            error: string;
            metrics?: components["schemas"]["Metrics"];
            request_id?: string;
            /** @constant */
            status: "FAILED";
        };
        Ideogram3ReframeRequest: {
            color_palette?: components["schemas"]["ColorPalette"];
            image: components["schemas"]["ImageInput"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution?: components["schemas"]["ResolutionV3"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_reference_images?: components["schemas"]["StyleReferenceImages"];
        };
        Ideogram3RemixRequest: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            color_palette?: components["schemas"]["ColorPalette"];
            image: components["schemas"]["ImageInput"];
            /**
             * @description How much the result follows the input image.
             * @default 50
             */
            image_weight: number;
            magic_prompt?: components["schemas"]["MagicPrompt"];
            /** @description What to leave out of the image. */
            negative_prompt?: string;
            /** @description The prompt. */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution?: components["schemas"]["ResolutionV3"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_reference_images?: components["schemas"]["StyleReferenceImages"];
            style_type?: components["schemas"]["StyleType"];
        };
        Ideogram3ReplaceBackgroundRequest: {
            color_palette?: components["schemas"]["ColorPalette"];
            image: components["schemas"]["ImageInput"];
            magic_prompt?: components["schemas"]["MagicPrompt"];
            /** @description The new background. */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_reference_images?: components["schemas"]["StyleReferenceImages"];
        };
        Ideogram3Request: {
            color_palette?: components["schemas"]["ColorPalette"];
            magic_prompt?: components["schemas"]["MagicPrompt"];
            /** @description What to leave out of the image. */
            negative_prompt?: string;
            /** @description The prompt. */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            resolution?: components["schemas"]["ResolutionV3"];
            seed?: components["schemas"]["Seed"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_type?: components["schemas"]["StyleType"];
        };
        /**
         * @description An image as a URL Segmind downloads, or base64-encoded image data (JPEG, PNG or WebP, at most 10 MB).
         *     The pages type it `string (uri)`; base64 is taken as Segmind's other image models document it (unconfirmed for
         *     these slugs).
         */
        ImageInput: string;
        /**
         * @description Whether the prompt is rewritten (MagicPrompt).
         * @default AUTO
         * @enum {string}
         */
        MagicPrompt: "AUTO" | "ON" | "OFF";
        /** @description Timings in seconds (`inference_time`; `queue_time`, `total_time` where given). */
        Metrics: {
            inference_time?: number;
            queue_time?: number;
            total_time?: number;
        };
        /**
         * @description Rendering speed; DEFAULT works for most tasks.
         * @default DEFAULT
         * @enum {string}
         */
        RenderingSpeed: "TURBO" | "DEFAULT" | "QUALITY";
        RequestResult: {
            error?: string | null;
            metrics?: components["schemas"]["Metrics"];
            /** @description The model's output; for image models the image's URL. */
            output?: unknown;
            request_id?: string;
            /** @enum {string} */
            status: "QUEUED" | "PROCESSING" | "COMPLETED" | "FAILED";
        };
        RequestStatus: {
            error?: string | null;
            metrics?: components["schemas"]["Metrics"];
            request_id?: string;
            response_url?: string;
            /** @enum {string} */
            status: "QUEUED" | "PROCESSING" | "COMPLETED" | "FAILED";
            status_url?: string;
        };
        /**
         * @description Output resolution (width x height); Segmind's pages list Ideogram 3.0's 69 values, default 1024x1024.
         * @default 1024x1024
         * @enum {string}
         */
        ResolutionV3: "512x1536" | "576x1408" | "576x1472" | "576x1536" | "640x1344" | "640x1408" | "640x1472" | "640x1536" | "704x1152" | "704x1216" | "704x1280" | "704x1344" | "704x1408" | "704x1472" | "736x1312" | "768x1088" | "768x1216" | "768x1280" | "768x1344" | "800x1280" | "832x960" | "832x1024" | "832x1088" | "832x1152" | "832x1216" | "832x1248" | "864x1152" | "896x960" | "896x1024" | "896x1088" | "896x1120" | "896x1152" | "960x832" | "960x896" | "960x1024" | "960x1088" | "1024x832" | "1024x896" | "1024x960" | "1024x1024" | "1088x768" | "1088x832" | "1088x896" | "1088x960" | "1120x896" | "1152x704" | "1152x832" | "1152x864" | "1152x896" | "1216x704" | "1216x768" | "1216x832" | "1248x832" | "1280x704" | "1280x768" | "1280x800" | "1312x736" | "1344x640" | "1344x704" | "1344x768" | "1408x576" | "1408x640" | "1408x704" | "1472x576" | "1472x640" | "1472x704" | "1536x512" | "1536x576" | "1536x640";
        /** @description Seed for reproducible results (Segmind's pages give the range 100 - 999999). */
        Seed: number;
        /** @description Style codes (8-character hexadecimal codes in Ideogram's API). */
        StyleCodes: string[];
        /** @description Style reference images (URLs or base64). */
        StyleReferenceImages: components["schemas"]["ImageInput"][];
        /**
         * @description Style type.
         * @enum {string}
         */
        StyleType: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
        /**
         * @description The JSON the model page's sample code expects from v1 (`response.json()`); no page shows its shape.
         *     Assumed to be the v2 result's (`status`, `output`, `metrics`).
         */
        V1JsonResult: {
            metrics?: components["schemas"]["Metrics"];
            output?: unknown;
            /** @enum {string} */
            status?: "COMPLETED";
        };
    };
    responses: {
        /** @description The key's account or team may not call this model. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Not enough credits for the request (Segmind's error-code table), or a body that is not
         *     `application/json` / `multipart/form-data` ("Invalid content type").
         */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such request for this key, or it expired (1 hour after submission). */
        RequestNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal server error. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No key, or a key Segmind does not accept. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The generated image. Segmind's Python SDK and its model pages ("Returns: Image") show the image's bytes;
         *     the model page's Python sample parses JSON instead (the `json-variant` example, unconfirmed).
         */
        V1Image: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["V1JsonResult"];
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        /** @description Invalid or missing parameters in the request body (Segmind's error-code table). Body wording unconfirmed. */
        V1ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The request failed (`status: FAILED` and the reason in `error`), or its parameters are invalid. Segmind
         *     answers a FAILED request with HTTP 422 on the status and result endpoints.
         */
        V2Failed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failed"];
            };
        };
        /** @description The request is queued. */
        V2Queued: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    poll_url?: string;
                    request_id: string;
                    response_url: string;
                    /** @constant */
                    status: "QUEUED";
                    status_url: string;
                };
            };
        };
    };
    parameters: {
        /** @description The `request_id` the v2 submit answered. */
        RequestId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    v1Ideogram3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3Request"];
            };
        };
        responses: {
            200: components["responses"]["V1Image"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V1ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    v1Ideogram3Reframe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3ReframeRequest"];
            };
        };
        responses: {
            200: components["responses"]["V1Image"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V1ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    v1Ideogram3Remix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3RemixRequest"];
            };
        };
        responses: {
            200: components["responses"]["V1Image"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V1ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    v1Ideogram3ReplaceBackground: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3ReplaceBackgroundRequest"];
            };
        };
        responses: {
            200: components["responses"]["V1Image"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V1ValidationError"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    v2Ideogram3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3Request"];
            };
        };
        responses: {
            200: components["responses"]["V2Queued"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V2Failed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    v2Ideogram3Reframe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3ReframeRequest"];
            };
        };
        responses: {
            200: components["responses"]["V2Queued"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V2Failed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    v2Ideogram3Remix: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3RemixRequest"];
            };
        };
        responses: {
            200: components["responses"]["V2Queued"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V2Failed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    v2Ideogram3ReplaceBackground: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ideogram3ReplaceBackgroundRequest"];
            };
        };
        responses: {
            200: components["responses"]["V2Queued"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["V2Failed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getRequestResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `request_id` the v2 submit answered. */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result (COMPLETED), or the status while the request runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RequestNotFound"];
            422: components["responses"]["V2Failed"];
            429: components["responses"]["RateLimited"];
        };
    };
    getRequestStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `request_id` the v2 submit answered. */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RequestNotFound"];
            422: components["responses"]["V2Failed"];
            429: components["responses"]["RateLimited"];
        };
    };
}
