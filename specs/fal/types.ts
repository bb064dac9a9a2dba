// GENERATED FILE: do not edit by hand.
// Source: specs/fal/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/fal-ai/ideogram/v2/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run Ideogram V2 Edit synchronously
         * @description Fills the masked part of `image_url` according to `prompt` and returns the generated image(s)
         *     in the same HTTP response. `image_url` and `mask_url` must have the same dimensions.
         *     With `sync_mode: true` the image is returned as a data URI and is not kept in the request history.
         *
         *     The synchronous API does not retry and returns an error when no runner is available
         *     (https://fal.ai/docs/api-reference/inference-api). The official JS client (`fal.run`) reads
         *     the `x-fal-request-id` response header into `Result.requestId`.
         */
        post: operations["runEdit"];
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
        /** @description Input of `fal-ai/ideogram/v2/edit`. */
        EditInput: {
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            /**
             * @description The image URL to generate an image from. Needs to match the dimensions of the mask.
             * @example https://storage.googleapis.com/falserverless/flux-lora/example-images/knight.jpeg
             */
            image_url: string;
            /**
             * @description The mask URL to inpaint the image. Needs to match the dimensions of the input image.
             * @example https://storage.googleapis.com/falserverless/flux-lora/example-images/mask_knight.jpeg
             */
            mask_url: string;
            /**
             * @description The prompt to fill the masked part of the image.
             * @example A knight in shining armour holding a greatshield with "FAL" on it
             */
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleEnum"];
            /**
             * @description If true, the media will be returned as a data URI and the output data won't be available
             *     in the request history.
             * @default false
             */
            sync_mode: boolean;
        };
        /** @description Output of `fal-ai/ideogram/v2/edit`. */
        EditOutput: {
            images: components["schemas"]["File"][];
            /**
             * @description Seed used for the random number generator.
             * @example 123456
             */
            seed: number;
        };
        /**
         * @description fal request-error body: `detail` is a human-readable string, `error_type` a machine-readable
         *     category (also sent as the `X-Fal-Error-Type` header).
         */
        FalError: {
            detail: string;
            error_type?: string;
        };
        /** @description A generated file. Only `url` is shown in the seed's example response. */
        File: {
            /**
             * @description The mime type of the file.
             * @example image/png
             */
            content_type?: string;
            /** @description The name of the file. */
            file_name?: string;
            /** @description The size of the file in bytes. */
            file_size?: number;
            /** @description Image height in pixels (shown in fal's generic webhook example, not for this model). */
            height?: number;
            /** @description The URL where the file can be downloaded from (a data URI when `sync_mode` is true). */
            url: string;
            /** @description Image width in pixels (shown in fal's generic webhook example, not for this model). */
            width?: number;
        };
        /**
         * @description The style of the generated image.
         * @default auto
         * @enum {string}
         */
        StyleEnum: "auto" | "general" | "realistic" | "design" | "render_3D" | "anime";
        /** @description fal model-error body (HTTP 422). */
        ValidationError: {
            detail: components["schemas"]["ValidationErrorItem"][];
        };
        /** @description One model/validation error (FastAPI/Pydantic style). */
        ValidationErrorItem: {
            /** @description Extra context for the error. */
            ctx?: Record<string, never>;
            /** @description The offending input value. */
            input?: unknown;
            /** @description Location of the offending value, e.g. `["body", "mask_url"]`. */
            loc: (string | number)[];
            msg: string;
            type: string;
            /** @description Link to documentation about this error type. */
            url?: string;
        };
    };
    responses: {
        /** @description The request or the runner start-up timed out (`request_timeout`, `startup_timeout`, typically 504). */
        GatewayTimeout: {
            headers: {
                "X-Fal-Error-Type": components["headers"]["XFalErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Unknown application or endpoint path. Body shape follows fal's request-error format. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /**
         * @description Too many concurrent requests. Body shape follows fal's request-error format (not shown by any source).
         *     The JS client retries 429 with exponential backoff.
         */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Internal error while running the request. */
        ServerError: {
            headers: {
                "X-Fal-Error-Type": components["headers"]["XFalErrorType"];
                "X-Fal-Retryable": components["headers"]["XFalRetryable"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description No runner could be allocated (request error `runner_scheduling_failure`, typically 503). */
        ServiceUnavailable: {
            headers: {
                "X-Fal-Error-Type": components["headers"]["XFalErrorType"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /**
         * @description Missing or invalid `Authorization: Key <FAL_KEY>`. The `{detail}` body follows fal's request-error
         *     format; no source shows a 401 body for this endpoint.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /**
         * @description The model rejected the input (missing or invalid field, image and mask of different sizes, ...).
         *     The JS client throws `ValidationError` for any 422 and also tolerates `detail` as a plain string.
         */
        ValidationFailed: {
            headers: {
                "X-Fal-Retryable": components["headers"]["XFalRetryable"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
    };
    parameters: {
        /**
         * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
         *     The official JS client sends it (lower-case) when `storageSettings` is given.
         */
        ObjectLifecyclePreference: string;
    };
    requestBodies: never;
    headers: {
        /** @description Machine-readable request-error category; same value as the body's `error_type`. */
        XFalErrorType: string;
        /**
         * @description The fal request id. The official JS client reads it from successful and failed responses
         *     (`Result.requestId`, `ApiError.requestId`).
         */
        XFalRequestId: string;
        /** @description Whether retrying the same request may succeed (model error responses). */
        XFalRetryable: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    runEdit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditInput"];
            };
        };
        responses: {
            /** @description The edited image(s) and the seed used. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditOutput"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
