// GENERATED FILE: do not edit by hand.
// Source: specs/fal-queue/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/fal-ai/ideogram/requests/{request_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the result of a completed request
         * @description Returns the model output with the status code, headers and body the model returned; if the
         *     model returned an error (e.g. a 422 validation error), this operation returns the same error.
         *     fal keeps the result for 1 hour after completion (6 minutes when it is 10 KB or larger).
         *
         *     Before the request is `COMPLETED` fal answers with an error; the 400
         *     `{"detail": "Request is still in progress"}` documented here is not confirmed by a stored source.
         *
         *     The official JS client reads the `x-fal-request-id` response header into `Result.requestId`.
         */
        get: operations["getResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/requests/{request_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Cancel a queued request
         * @description Cancels a request. If it is still in the queue, fal removes it; if it is in progress, fal sends
         *     a cancellation signal to the runner and the app decides how to stop. The body's `status` is one
         *     of `OK`, `CANCELLATION_REQUESTED`, `ALREADY_COMPLETED`, `NOT_FOUND`.
         *
         *     The older queue docs show only 202 `{"status": "CANCELLATION_REQUESTED"}` and 400
         *     `{"status": "ALREADY_COMPLETED"}`; the current API reference also lists a 200 ("fal removed the
         *     request from the queue") whose body value is not shown. See NOTES.md.
         *
         *     The official JS client sends `PUT` with no body (but `Content-Type: application/json`) and
         *     ignores the response body; any non-2xx makes `fal.queue.cancel` throw.
         */
        put: operations["cancel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/requests/{request_id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of a queued request
         * @description Returns the request's status. The API answers **202** while the request is `IN_QUEUE` or
         *     `IN_PROGRESS` and **200** once it is `COMPLETED` (https://fal.ai/docs/api-reference/inference-api).
         *     `queue_position` is present only while `IN_QUEUE`; `metrics.inference_time` only when
         *     `COMPLETED`; `logs` carries runner log lines when `?logs=1` (or `true`) and is `null` otherwise.
         *
         *     The official JS client polls this URL (with `logs=0` or `logs=1`, always present) every 500 ms
         *     by default until `status` is `COMPLETED`, then GETs the result. It treats any 2xx the same and
         *     recognises a status object by the presence of `status` and `response_url`.
         */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
         * Submit an Ideogram V2 Edit request to the queue
         * @description Adds the request to fal's queue and returns at once with the request id and the URLs to poll
         *     the status, fetch the result and cancel. The response's status is `IN_QUEUE`.
         *     With `?fal_webhook=<url>`, fal POSTs the outcome to that URL when the request finishes
         *     (see the `requestCompleted` webhook).
         *
         *     Input validation errors of the model normally surface on `getResult` (and in the webhook
         *     payload), not on submit.
         *
         *     The official JS client (`fal.queue.submit`, `fal.subscribe`) POSTs the JSON input with
         *     `Accept: application/json`, `Content-Type: application/json`, `x-fal-queue-priority`
         *     (default `normal`) and optionally `x-fal-runner-hint`, `x-fal-request-timeout`,
         *     `x-fal-object-lifecycle-preference`.
         */
        post: operations["submitEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    requestCompleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * fal posts the outcome of a queued request to `fal_webhook`
         * @description When a request submitted with `?fal_webhook=<url>` finishes, fal POSTs its outcome to that URL.
         *     `status` is `OK` or `ERROR`. On `ERROR`, `error` carries a message and `payload` the error
         *     details (for a validation failure, the model's `{detail: [...]}` body). If the payload cannot be
         *     serialised as JSON, `payload` is `null` and `payload_error` explains why.
         *     `gateway_request_id` equals `request_id` unless the request was retried, in which case it is
         *     the id of the last attempt. Delivery is retried 10 times over 2 hours when it fails, so the
         *     same `request_id` can arrive more than once.
         */
        post: operations["requestCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Body of the cancel operation. */
        CancelResponse: {
            /** @enum {string} */
            status: "OK" | "CANCELLATION_REQUESTED" | "ALREADY_COMPLETED" | "NOT_FOUND";
        };
        CompletedStatus: components["schemas"]["StatusCommon"] & {
            /** @description Error message when the request failed (fetch the result for details). */
            error?: string | null;
            /** @description Request-error category when the request failed. */
            error_type?: string | null;
            metrics?: components["schemas"]["Metrics"];
            /** @constant */
            status: "COMPLETED";
        };
        /** @description Input of `fal-ai/ideogram/v2/edit` (identical to the synchronous endpoint). */
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
        InProgressStatus: components["schemas"]["StatusCommon"] & {
            /** @constant */
            status: "IN_PROGRESS";
        };
        InQueueStatus: components["schemas"]["StatusCommon"] & {
            /** @description Number of requests ahead of this one (only while IN_QUEUE). */
            queue_position: number;
            /** @constant */
            status: "IN_QUEUE";
        };
        Metrics: {
            /** @description Seconds the runner spent processing. */
            inference_time?: number | null;
        };
        /** @description Status of a queued request, one shape per `status` value. */
        QueueStatus: components["schemas"]["InQueueStatus"] | components["schemas"]["InProgressStatus"] | components["schemas"]["CompletedStatus"];
        /** @description One runner log line (returned when `?logs=1`). */
        RequestLog: {
            /** @enum {string} */
            level?: "STDERR" | "STDOUT" | "ERROR" | "INFO" | "WARN" | "DEBUG";
            message: string;
            /**
             * @description The JS client types it as `"USER"`.
             * @example USER
             */
            source?: string;
            /** @description ISO 8601 date-time (fal may omit the time-zone designator). */
            timestamp: string;
        };
        /** @description Fields every status response carries (JS client `BaseQueueStatus`). */
        StatusCommon: {
            /** Format: uri */
            cancel_url?: string;
            /**
             * @description Runner log lines when `?logs=1` (or `true`), `null` otherwise. fal's Python client reads
             *     `data["logs"]` on every IN_PROGRESS and COMPLETED status (a missing key raises), and its
             *     tests show `"logs": null` or a list; IN_QUEUE may leave it out.
             */
            logs?: components["schemas"]["RequestLog"][] | null;
            request_id?: string;
            /** Format: uri */
            response_url: string;
            /** @enum {string} */
            status: "IN_QUEUE" | "IN_PROGRESS" | "COMPLETED";
            /** Format: uri */
            status_url?: string;
        };
        /**
         * @description The style of the generated image.
         * @default auto
         * @enum {string}
         */
        StyleEnum: "auto" | "general" | "realistic" | "design" | "render_3D" | "anime";
        /**
         * @description Queue submit response. The JS client types it as `InQueueQueueStatus`. The webhook docs show an
         *     abbreviated submit response with only `request_id` and `gateway_request_id`.
         */
        SubmitResponse: {
            /**
             * Format: uri
             * @description PUT it to cancel (`/fal-ai/ideogram/requests/{request_id}/cancel`).
             */
            cancel_url: string;
            /** @description Id of the last attempt; equals `request_id` unless the request was retried. */
            gateway_request_id?: string;
            /** @description Number of requests ahead of this one. */
            queue_position?: number;
            request_id: string;
            /**
             * Format: uri
             * @description GET it for the result (`/fal-ai/ideogram/requests/{request_id}`).
             */
            response_url: string;
            /** @constant */
            status?: "IN_QUEUE";
            /**
             * Format: uri
             * @description GET it for the status (`/fal-ai/ideogram/requests/{request_id}/status`).
             */
            status_url: string;
        };
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
        WebhookError: {
            /** @description Error message, e.g. `Invalid status code: 422`. */
            error: string;
            gateway_request_id?: string;
            /** @description Error details returned by the model (e.g. a 422 `{detail: [...]}` body), or `null`. */
            payload?: Record<string, never> | null;
            payload_error?: string;
            request_id: string;
            /** @constant */
            status: "ERROR";
        };
        WebhookOk: {
            error?: null;
            gateway_request_id?: string;
            /** @description The edit output, or `null` when it could not be serialised (see `payload_error`). */
            payload: components["schemas"]["EditOutput"] | null;
            payload_error?: string;
            request_id: string;
            /** @constant */
            status: "OK";
        };
        /** @description Body fal POSTs to `fal_webhook`. */
        WebhookPayload: components["schemas"]["WebhookOk"] | components["schemas"]["WebhookError"];
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
         * @description A path, query or header parameter is invalid. fal does not document this for the queue endpoints;
         *     the body uses fal's 422 shape.
         */
        ParameterInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
        /**
         * @description Too many requests. Body shape follows fal's request-error format (not shown by any source).
         *     The JS client retries 429 (and 502, 503, 504; status polling also 500) with exponential backoff.
         */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Unknown (or expired) request id. Body shape follows fal's request-error format. */
        RequestNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Internal error. */
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
         *     format; no source shows a 401 body for the queue.
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
         * @description The model rejected the input (missing or invalid field, image and mask of different sizes, ...),
         *     returned as-is by `getResult`. The JS client throws `ValidationError` for any 422 and also
         *     tolerates `detail` as a plain string.
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
        /** @description The `request_id` returned by submit. */
        RequestId: string;
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
    getResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `request_id` returned by submit. */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The output of `fal-ai/ideogram/v2/edit`. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditOutput"];
                };
            };
            /** @description The request has not completed yet. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FalError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RequestNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The `request_id` returned by submit. */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description fal removed the request from the queue (current API reference). The status value sent with
             *     this code is not shown by any stored source.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelResponse"];
                };
            };
            /** @description Cancellation requested (the request was in progress; a signal was sent to the runner). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelResponse"];
                };
            };
            /** @description The request already completed and cannot be cancelled. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /**
             * @description Unknown request id. The cancel reference lists a `NOT_FOUND` status value; other queue
             *     operations answer `{detail}`. Both shapes are accepted.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelResponse"] | components["schemas"]["FalError"];
                };
            };
            422: components["responses"]["ParameterInvalid"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    getStatus: {
        parameters: {
            query?: {
                /**
                 * @description Whether to include runner logs in the response. fal's API is FastAPI, whose booleans accept
                 *     `true`/`false` and `1`/`0`: the JS client always sends `0` or `1`, the Python client
                 *     (`fal_client`) always sends `true` or `false` (httpx's rendering of a bool). See NOTES.md.
                 */
                logs?: boolean | (0 | 1);
            };
            header?: never;
            path: {
                /** @description The `request_id` returned by submit. */
                request_id: components["parameters"]["RequestId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request is `COMPLETED`; fetch the output from `response_url`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueStatus"];
                };
            };
            /** @description The request is `IN_QUEUE` or `IN_PROGRESS`; poll again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["RequestNotFound"];
            422: components["responses"]["ParameterInvalid"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    submitEdit: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: string;
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: string;
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: "normal" | "low";
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: string;
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: string;
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
            /** @description The request is queued. */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmitResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            /**
             * @description Malformed submission. fal's queue does not document validating the model input at submit
             *     time (model validation errors come back from `getResult` / the webhook); kept for mocks
             *     that validate eagerly.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ServerError"];
        };
    };
    requestCompleted: {
        parameters: {
            query?: never;
            header?: {
                /** @description Request id, part of the signed message used to verify the webhook. */
                "X-Fal-Webhook-Request-Id"?: string;
                /** @description Hex ED25519 signature, verifiable with fal's published JWKS keys. */
                "X-Fal-Webhook-Signature"?: string;
                /** @description Unix timestamp (seconds), part of the signed message. */
                "X-Fal-Webhook-Timestamp"?: string;
                /** @description fal user id, part of the signed message. */
                "X-Fal-Webhook-User-Id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges delivery; otherwise fal retries (10 times over 2 hours). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
