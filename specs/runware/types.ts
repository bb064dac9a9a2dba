// GENERATED FILE: do not edit by hand.
// Source: specs/runware/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an array of tasks (image inference with Ideogram models, async polling)
         * @description Runs every task of the array and answers each: an `imageInference` task with `numberResults`
         *     images (or, with `deliveryMethod: "async"`, an acknowledgement), a `getResponse` task with
         *     the current state of an async task's generations (`processing`, `success` or `error`), an
         *     `authentication` task (the alternative to the `Authorization` header: it must come first).
         *
         *     The array holds at most 100 tasks (a bound of the mock: Runware documents none).
         */
        post: operations["runTasks"];
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
        /** @description Authenticates with an API key, as the first element of the array (HTTP) or the first message (WebSocket). */
        AuthenticationTask: {
            /** @description Your Runware API key. */
            apiKey: string;
            /** @description WebSocket only. The session to resume after a reconnection (given by a previous authentication). */
            connectionSessionUUID?: string;
            /** @constant */
            taskType: "authentication";
        };
        ErrorBody: {
            errors: components["schemas"]["TaskError"][];
        };
        /** @description Asks for the state of an async task's generations. */
        GetResponseTask: {
            /** @constant */
            taskType: "getResponse";
            taskUUID: components["schemas"]["UUID"];
        };
        /** @description Ideogram's own options, as the Ideogram provider page lists them. */
        IdeogramSettings: {
            characterReferenceImages?: string[];
            colorPalette?: Record<string, never>;
            /** @enum {string} */
            magicPrompt?: "AUTO" | "ON" | "OFF";
            /**
             * @default DEFAULT
             * @enum {string}
             */
            renderingSpeed: "TURBO" | "DEFAULT" | "QUALITY";
            styleCode?: string;
            stylePreset?: string;
            styleReferenceImages?: string[];
            /** @enum {string} */
            styleType?: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN" | "FICTION" | "RENDER_3D" | "ANIME";
        };
        /** @description Generates images with an Ideogram model. The fields are Runware's common image inference parameters that the Ideogram model pages list; other models' parameters (LoRA, ControlNet, steps, ...) are not part of this spec. */
        ImageInferenceTask: {
            checkNSFW?: boolean;
            /**
             * @default sync
             * @enum {string}
             */
            deliveryMethod: "sync" | "async";
            height?: number;
            includeCost?: boolean;
            maskImage?: string;
            /**
             * @description An Ideogram AIR id. The ones Runware's model pages list: `ideogram:1@1` (1.0), `ideogram:2@1` (2a), `ideogram:3@1` (2.0), `ideogram:3@2` (2.0 Remix), `ideogram:4@1` (3.0), `ideogram:4@2` (3.0 Remix), `ideogram:4@4` (3.0 Reframe); `ideogram:3@4` and `ideogram:4@0` appear in third-party lists only.
             * @example ideogram:4@1
             */
            model: string;
            negativePrompt?: string;
            /**
             * @description Images to generate (the maximum is the mock's choice, see NOTES.md).
             * @default 1
             */
            numberResults: number;
            /**
             * @default JPG
             * @enum {string}
             */
            outputFormat: "JPG" | "PNG" | "WEBP";
            /** @default 95 */
            outputQuality: number;
            /**
             * @default URL
             * @enum {string}
             */
            outputType: "URL" | "base64Data" | "dataURI";
            positivePrompt: string;
            providerSettings?: {
                ideogram?: components["schemas"]["IdeogramSettings"];
            };
            referenceImages?: string[];
            seed?: number;
            /** @description Remix and reframe input (an image UUID, URL, data URI or base64). */
            seedImage?: string;
            /** @constant */
            taskType: "imageInference";
            taskUUID: components["schemas"]["UUID"];
            /** Format: uri */
            webhookURL?: string;
            /** @description Used together with `height`; the model pages list the dimensions each model takes. */
            width?: number;
        };
        /** @description The WebSocket heartbeat `@runware/sdk-js` sends every 45 s (`[{taskType: "ping", ping: true}]`), answered with `{taskType: "ping", pong: true}`. */
        PingTask: {
            ping?: boolean;
            /** @constant */
            taskType: "ping";
        };
        /** @description A task, shaped by its `taskType`. */
        Task: {
            /** @enum {string} */
            taskType: "authentication" | "imageInference" | "getResponse" | "ping";
        } & (unknown & unknown & unknown & unknown);
        /** @description One or more tasks; at most 100 (the mock's bound, x-unconfirmed). */
        TaskArray: components["schemas"]["Task"][];
        TaskError: {
            /** @description A short identifier (`invalidApiKey`, `timeoutProvider`, ...). */
            code: string;
            documentation?: string;
            message: string;
            parameter?: string;
            taskType?: string;
            taskUUID?: string;
        };
        TaskResult: {
            connectionSessionUUID?: string;
            cost?: number;
            imageBase64Data?: string;
            imageDataURI?: string;
            imageURL?: string;
            imageUUID?: string;
            NSFWContent?: boolean;
            pong?: boolean;
            seed?: number;
            /** @enum {string} */
            status?: "processing" | "success" | "error";
            taskType: string;
            taskUUID?: string;
        };
        /** @description `data` holds the answers of the tasks that succeeded, `errors` those that failed. */
        TaskResults: {
            data?: components["schemas"]["TaskResult"][];
            errors?: components["schemas"]["TaskError"][];
        };
        /** @description A UUID v4. */
        UUID: string;
    };
    responses: {
        /** @description Bad Request - the request was unacceptable, often due to missing a required parameter. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Forbidden - the API key doesn't have permissions to perform the request. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description The request waited longer than the maximum queue time. (Body shape Runware's error array; code and wording the mock's.) */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A server-side failure (the body shape is Runware's error array; code and wording are the mock's). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Payment Required - your account balance is insufficient. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description A temporary capacity constraint; retry. (Body shape Runware's error array; code and wording the mock's.) */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Queue capacity exceeded: Runware has no hard rate limits, but answers 429 when a model's queue is full (retry with backoff). The body shape is Runware's error array; code and wording are the mock's. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /** @description Unauthorized - no valid API key provided. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
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
    runTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskArray"];
            };
        };
        responses: {
            /** @description Every task answered (or some answered and the others in `errors`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
