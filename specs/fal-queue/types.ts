// GENERATED FILE: do not edit by hand.
// Source: specs/fal-queue/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/fal-ai/ideogram/character": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/character` request to the queue
         * @description Queues a `fal-ai/ideogram/character` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runCharacter` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitCharacter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/character/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/character/edit` request to the queue
         * @description Queues a `fal-ai/ideogram/character/edit` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runCharacterEdit` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitCharacterEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/character/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/character/remix` request to the queue
         * @description Queues a `fal-ai/ideogram/character/remix` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runCharacterRemix` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitCharacterRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/remove-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/remove-background` request to the queue
         * @description Queues a `fal-ai/ideogram/remove-background` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runRemoveBackground` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitRemoveBackground"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/fal-ai/ideogram/upscale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/upscale` request to the queue
         * @description Queues a `fal-ai/ideogram/upscale` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runUpscale` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitUpscale"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2` request to the queue
         * @description Queues a `fal-ai/ideogram/v2` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2"];
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
         * Submit a `fal-ai/ideogram/v2/edit` request to the queue
         * @description Queues a `fal-ai/ideogram/v2/edit` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runEdit` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2/remix` request to the queue
         * @description Queues a `fal-ai/ideogram/v2/remix` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2Remix` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/turbo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2/turbo` request to the queue
         * @description Queues a `fal-ai/ideogram/v2/turbo` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2Turbo` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2Turbo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/turbo/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2/turbo/edit` request to the queue
         * @description Queues a `fal-ai/ideogram/v2/turbo/edit` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2TurboEdit` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2TurboEdit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2/turbo/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2/turbo/remix` request to the queue
         * @description Queues a `fal-ai/ideogram/v2/turbo/remix` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2TurboRemix` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2TurboRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2a` request to the queue
         * @description Queues a `fal-ai/ideogram/v2a` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2a` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2a"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2a/remix` request to the queue
         * @description Queues a `fal-ai/ideogram/v2a/remix` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2aRemix` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2aRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a/turbo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2a/turbo` request to the queue
         * @description Queues a `fal-ai/ideogram/v2a/turbo` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2aTurbo` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2aTurbo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v2a/turbo/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v2a/turbo/remix` request to the queue
         * @description Queues a `fal-ai/ideogram/v2a/turbo/remix` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV2aTurboRemix` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV2aTurboRemix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v3` request to the queue
         * @description Queues a `fal-ai/ideogram/v3` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV3` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v3/edit` request to the queue
         * @description Queues a `fal-ai/ideogram/v3/edit` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV3Edit` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV3Edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/generate-transparent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v3/generate-transparent` request to the queue
         * @description Queues a `fal-ai/ideogram/v3/generate-transparent` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV3GenerateTransparent` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV3GenerateTransparent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/layerize-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v3/layerize-text` request to the queue
         * @description Queues a `fal-ai/ideogram/v3/layerize-text` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV3LayerizeText` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV3LayerizeText"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/reframe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v3/reframe` request to the queue
         * @description Queues a `fal-ai/ideogram/v3/reframe` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV3Reframe` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV3Reframe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/remix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v3/remix` request to the queue
         * @description Queues a `fal-ai/ideogram/v3/remix` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV3Remix` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV3Remix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fal-ai/ideogram/v3/replace-background": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a `fal-ai/ideogram/v3/replace-background` request to the queue
         * @description Queues a `fal-ai/ideogram/v3/replace-background` request and answers at once with its id and the URLs to
         *     poll its status, fetch its result and cancel it (see `QueuedResponse`). The input is the
         *     synchronous endpoint's (`runV3ReplaceBackground` in `specs/fal/openapi.yaml`, referenced, not copied); the
         *     result (`getResult`) is that model's output.
         */
        post: operations["submitV3ReplaceBackground"];
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
        /**
         * @description The aspect ratio of the generated image (Ideogram V2 / V2A models on fal).
         * @default 1:1
         * @enum {string}
         */
        AspectRatioV2: "10:16" | "16:10" | "9:16" | "16:9" | "4:3" | "3:4" | "1:1" | "1:3" | "3:1" | "3:2" | "2:3";
        /**
         * @description The aspect ratio of the generated image (`fal-ai/ideogram/v3/generate-transparent`).
         * @default 1:1
         * @enum {string}
         */
        AspectRatioV3: "1:3" | "3:1" | "1:2" | "2:1" | "9:16" | "16:9" | "10:16" | "16:10" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "1:1";
        /** @description Body of an accepted cancel (200 or 202). */
        CancelAccepted: {
            /** @enum {string} */
            status: "OK" | "CANCELLATION_REQUESTED";
        };
        /** @description Body of a refused cancel (400 `ALREADY_COMPLETED`, 404 `NOT_FOUND`). */
        CancelRefused: {
            /** @enum {string} */
            status: "ALREADY_COMPLETED" | "NOT_FOUND";
        };
        /** @description Input of `fal-ai/ideogram/character/edit`. */
        CharacterEditInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL to generate an image from. MUST have the exact same dimensions (width and height) as the mask image. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /** @description The mask URL to inpaint the image. MUST have the exact same dimensions (width and height) as the input image. */
            mask_url: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to fill the masked part of the image. */
            prompt: string;
            reference_image_urls: components["schemas"]["ReferenceImageUrls"];
            reference_mask_urls?: components["schemas"]["ReferenceMaskUrls"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/character`. */
        CharacterInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            prompt: string;
            reference_image_urls: components["schemas"]["ReferenceImageUrls"];
            reference_mask_urls?: components["schemas"]["ReferenceMaskUrls"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["CharacterStyle"];
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/character/remix`. */
        CharacterRemixInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            /** @description The image URL to remix. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to remix the image with. */
            prompt: string;
            reference_image_urls: components["schemas"]["ReferenceImageUrls"];
            reference_mask_urls?: components["schemas"]["ReferenceMaskUrls"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             * @default 0.8
             */
            strength: number;
            style?: components["schemas"]["CharacterStyle"];
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /**
         * @description The style type to generate with (Ideogram Character models). Cannot be used with `style_codes`.
         * @default AUTO
         * @enum {string}
         */
        CharacterStyle: "AUTO" | "REALISTIC" | "FICTION";
        /**
         * @description A color palette for generation, must EITHER be specified via one of the presets (name) or explicitly
         *     via hexadecimal representations of the color with optional weights (members).
         */
        ColorPalette: {
            /** @description A list of color palette members that define the color palette. */
            members?: components["schemas"]["ColorPaletteMember"][];
            /**
             * @description A color palette preset value.
             * @enum {string}
             */
            name?: "EMBER" | "FRESH" | "JUNGLE" | "MAGIC" | "MELON" | "MOSAIC" | "PASTEL" | "ULTRAMARINE";
        };
        ColorPaletteMember: {
            /**
             * @description The weight of the color in the color palette.
             * @default 0.5
             */
            color_weight: number;
            rgb: components["schemas"]["RGBColor"];
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
        /** @description The resolution of the generated image: a preset name or a `{width, height}` object. */
        ImageSize: ("square_hd" | "square" | "portrait_4_3" | "portrait_16_9" | "landscape_4_3" | "landscape_16_9") | components["schemas"]["ImageSizeObject"];
        /** @description A custom output size. */
        ImageSizeObject: {
            /**
             * @description The height of the generated image.
             * @default 512
             */
            height: number;
            /**
             * @description The width of the generated image.
             * @default 512
             */
            width: number;
        };
        /** @description Output of every fal Ideogram image model except remove-background and layerize-text (`images` and the `seed` used). */
        ImagesOutput: {
            images: components["schemas"]["File"][];
            /** @description Seed used for the random number generator. */
            seed: number;
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
        /**
         * @description Output of `fal-ai/ideogram/v3/layerize-text`. The model page says it "removes text, and returns structured
         *     text containers you can edit/recompose in html or json format"; the stored excerpt stops before the output
         *     schema, so these field names (after the same Ideogram model's output elsewhere: background image,
         *     `text_html`, `text_containers`, `seed`) are a guess, and any other field is allowed. `text_containers`
         *     is required: the page's summary names them as what the model returns, and Replicate's output schema
         *     for the same Ideogram model requires them (with `text_html` and `seed`).
         */
        LayerizeTextOutput: {
            image?: components["schemas"]["File"];
            seed?: number;
            /** @description The detected text containers (JSON). */
            text_containers: unknown;
            /** @description The detected text as HTML. */
            text_html?: string;
        };
        Metrics: {
            /** @description Seconds the runner spent processing. */
            inference_time?: number | null;
        };
        /**
         * @description The output of one of fal's Ideogram models (which one depends on the request; the mock answers in
         *     the shape of the model the request ran). `LayerizeTextOutput` is open, so this schema alone
         *     checks little for that model: the project's tests check each result against its model's schema.
         */
        ModelOutput: components["schemas"]["ImagesOutput"] | components["schemas"]["RemoveBackgroundOutput"] | components["schemas"]["LayerizeTextOutput"];
        /**
         * @description Number of images to generate.
         * @default 1
         */
        NumImages: number;
        /** @description Status of a queued request, one shape per `status` value. */
        QueueStatus: components["schemas"]["InQueueStatus"] | components["schemas"]["InProgressStatus"] | components["schemas"]["CompletedStatus"];
        /**
         * @description A set of images to use as character references. Currently only 1 image is supported, rest will be
         *     ignored (maximum total size 10MB across all character references). JPEG, PNG or WebP.
         */
        ReferenceImageUrls: string[];
        /**
         * @description A set of masks to apply to the character references. Currently only 1 mask is supported, rest will
         *     be ignored. JPEG, PNG or WebP.
         */
        ReferenceMaskUrls: string[];
        /** @description Input of `fal-ai/ideogram/v2/remix`, `v2/turbo/remix`, `v2a/remix` and `v2a/turbo/remix` (`RemixImageInput`). */
        RemixInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL to remix. */
            image_url: string;
            /** @description The prompt to remix the image with. */
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             * @default 0.8
             */
            strength: number;
            style?: components["schemas"]["StyleEnum"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/remove-background`. */
        RemoveBackgroundInput: {
            /**
             * @description The image URL whose background needs to be removed. The foreground subject is preserved against a
             *     transparent background. JPEG, PNG and WebP formats are supported (maximum file size 10MB).
             */
            image_url: string;
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Output of `fal-ai/ideogram/remove-background`, a single image. */
        RemoveBackgroundOutput: {
            image: components["schemas"]["File"];
        };
        /**
         * @description The rendering speed to use.
         * @default BALANCED
         * @enum {string}
         */
        RenderingSpeed: "TURBO" | "BALANCED" | "QUALITY";
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
        /** @description An RGB colour. */
        RGBColor: {
            /** @description Blue color value. */
            b?: number;
            /** @description Green color value. */
            g?: number;
            /** @description Red color value. */
            r?: number;
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
        /** @description A list of 8 character hexadecimal codes representing the style of the image. Cannot be used in conjunction with style reference images or style. */
        StyleCodes: string[];
        /**
         * @description The style of the generated image.
         * @default auto
         * @enum {string}
         */
        StyleEnum: "auto" | "general" | "realistic" | "design" | "render_3D" | "anime";
        /** @description A set of images to use as style references (maximum total size 10MB across all style references). The images should be in JPEG, PNG or WebP format. */
        StyleImageUrls: string[];
        /**
         * @description Style preset for generation. The chosen style preset will guide the generation.
         * @enum {string}
         */
        StylePreset: "80S_ILLUSTRATION" | "90S_NOSTALGIA" | "ABSTRACT_ORGANIC" | "ANALOG_NOSTALGIA" | "ART_BRUT" | "ART_DECO" | "ART_POSTER" | "AURA" | "AVANT_GARDE" | "BAUHAUS" | "BLUEPRINT" | "BLURRY_MOTION" | "BRIGHT_ART" | "C4D_CARTOON" | "CHILDRENS_BOOK" | "COLLAGE" | "COLORING_BOOK_I" | "COLORING_BOOK_II" | "CUBISM" | "DARK_AURA" | "DOODLE" | "DOUBLE_EXPOSURE" | "DRAMATIC_CINEMA" | "EDITORIAL" | "EMOTIONAL_MINIMAL" | "ETHEREAL_PARTY" | "EXPIRED_FILM" | "FLAT_ART" | "FLAT_VECTOR" | "FOREST_REVERIE" | "GEO_MINIMALIST" | "GLASS_PRISM" | "GOLDEN_HOUR" | "GRAFFITI_I" | "GRAFFITI_II" | "HALFTONE_PRINT" | "HIGH_CONTRAST" | "HIPPIE_ERA" | "ICONIC" | "JAPANDI_FUSION" | "JAZZY" | "LONG_EXPOSURE" | "MAGAZINE_EDITORIAL" | "MINIMAL_ILLUSTRATION" | "MIXED_MEDIA" | "MONOCHROME" | "NIGHTLIFE" | "OIL_PAINTING" | "OLD_CARTOONS" | "PAINT_GESTURE" | "POP_ART" | "RETRO_ETCHING" | "RIVIERA_POP" | "SPOTLIGHT_80S" | "STYLIZED_RED" | "SURREAL_COLLAGE" | "TRAVEL_POSTER" | "VINTAGE_GEO" | "VINTAGE_POSTER" | "WATERCOLOR" | "WEIRD" | "WOODBLOCK_PRINT";
        /**
         * @description The style type to generate with. Cannot be used with `style_codes`.
         * @enum {string}
         */
        StyleV3: "AUTO" | "GENERAL" | "REALISTIC" | "DESIGN";
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
        /**
         * @description If true, the media will be returned as a data URI and the output data won't be available
         *     in the request history.
         * @default false
         */
        SyncMode: boolean;
        /** @description Input of `fal-ai/ideogram/upscale` (`UpscaleImageInput`). */
        UpscaleInput: {
            /**
             * @description The detail of the upscaled image.
             * @default 50
             */
            detail: number;
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default false
             */
            expand_prompt: boolean;
            /**
             * @description The image URL to upscale.
             * @example https://fal.media/files/monkey/e6RtJf_ue0vyWzeiEmTby.png
             */
            image_url: string;
            /**
             * @description The prompt to upscale the image with.
             * @default
             */
            prompt: string;
            /**
             * @description The resemblance of the upscaled image to the original image.
             * @default 50
             */
            resemblance: number;
            /** @description Seed for the random number generator. */
            seed?: number;
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v2a` and `fal-ai/ideogram/v2a/turbo` (V2's input without `negative_prompt`). */
        V2aInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleEnum"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v2` and `fal-ai/ideogram/v2/turbo`. */
        V2Input: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            /**
             * @description Whether to expand the prompt with MagicPrompt functionality.
             * @default true
             */
            expand_prompt: boolean;
            /**
             * @description A negative prompt to avoid in the generated image.
             * @default
             */
            negative_prompt: string;
            prompt: string;
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleEnum"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/edit`. */
        V3EditInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL to generate an image from. MUST have the exact same dimensions (width and height) as the mask image. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /** @description The mask URL to inpaint the image. MUST have the exact same dimensions (width and height) as the input image. */
            mask_url: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to fill the masked part of the image. */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /**
         * @description Input of `fal-ai/ideogram/v3/generate-transparent`. The model page's excerpt shows `prompt`,
         *     `aspect_ratio`, `rendering_speed` (with FLASH) and `expand_prompt`; `negative_prompt`, `num_images`,
         *     `seed` and `sync_mode` are taken from fal's other V3 models and are x-unconfirmed.
         */
        V3GenerateTransparentInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description Description of what to exclude from an image. */
            negative_prompt?: string;
            num_images?: components["schemas"]["NumImages"];
            /** @example A logo for Ideogram Coffee. */
            prompt: string;
            /**
             * @description The rendering speed to use.
             * @default BALANCED
             * @enum {string}
             */
            rendering_speed: "FLASH" | "TURBO" | "BALANCED" | "QUALITY";
            /** @description Seed for the random number generator. */
            seed?: number;
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3`. */
        V3Input: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image. Descriptions in the prompt take precedence to descriptions in the negative prompt.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/layerize-text`. Each font is given either by name or by a font file URL, not both. */
        V3LayerizeTextInput: {
            /** @description URL of the font file to use for body text. Cannot be used with font_name_body. */
            font_file_body_url?: string;
            /** @description URL of the font file to use for h1 text. Cannot be used with font_name_h1. */
            font_file_h1_url?: string;
            /** @description URL of the font file to use for h2 text. Cannot be used with font_name_h2. */
            font_file_h2_url?: string;
            /** @description URL of the font file to use for small text. Cannot be used with font_name_small. */
            font_file_small_url?: string;
            /** @description Name of the font to use for body text. Cannot be used with font_file_body_url. */
            font_name_body?: string;
            /** @description Name of the font to use for h1 text. Cannot be used with font_file_h1_url. */
            font_name_h1?: string;
            /** @description Name of the font to use for h2 text. Cannot be used with font_file_h2_url. */
            font_name_h2?: string;
            /** @description Name of the font to use for small text. Cannot be used with font_file_small_url. */
            font_name_small?: string;
            /**
             * @description URL of the flat graphic image to layerize. Must be JPEG, PNG, or WebP (max 10MB).
             * @example https://v3.fal.media/files/lion/0qJs_qW8nz0wYsXhFa6Tk.png
             */
            image_url: string;
            /** @description Optional prompt to guide the layerization. */
            prompt?: string;
            /** @description Seed for the random number generator. */
            seed?: number;
        };
        /** @description Input of `fal-ai/ideogram/v3/reframe` (no prompt). */
        V3ReframeInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            image_size: components["schemas"]["ImageSize"];
            /** @description The image URL to reframe. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            num_images?: components["schemas"]["NumImages"];
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/remix`. */
        V3RemixInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @default square_hd */
            image_size: components["schemas"]["ImageSize"];
            /** @description The image URL to remix. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            /**
             * @description Description of what to exclude from an image.
             * @default
             */
            negative_prompt: string;
            num_images?: components["schemas"]["NumImages"];
            /** @description The prompt to remix the image with. */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            /**
             * @description Strength of the input image in the remix.
             * @default 0.8
             */
            strength: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            sync_mode?: components["schemas"]["SyncMode"];
        };
        /** @description Input of `fal-ai/ideogram/v3/replace-background`. */
        V3ReplaceBackgroundInput: {
            color_palette?: components["schemas"]["ColorPalette"];
            /**
             * @description Determine if MagicPrompt should be used in generating the request or not.
             * @default true
             */
            expand_prompt: boolean;
            /** @description The image URL whose background needs to be replaced. */
            image_url: string;
            image_urls?: components["schemas"]["StyleImageUrls"];
            num_images?: components["schemas"]["NumImages"];
            /** @description The new background, e.g. "Cyber punk city with neon lights and skyscrappers". */
            prompt: string;
            rendering_speed?: components["schemas"]["RenderingSpeed"];
            /** @description Seed for the random number generator. */
            seed?: number;
            style?: components["schemas"]["StyleV3"];
            style_codes?: components["schemas"]["StyleCodes"];
            style_preset?: components["schemas"]["StylePreset"];
            sync_mode?: components["schemas"]["SyncMode"];
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
            /** @description The model's output, or `null` when it could not be serialised (see `payload_error`). */
            payload: components["schemas"]["ModelOutput"] | null;
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
                /**
                 * @description Same value as the body's `error_type`.
                 * @example request_timeout
                 */
                "X-Fal-Error-Type": string;
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
        /** @description The request is queued. */
        Queued: {
            headers: {
                "x-fal-request-id": components["headers"]["XFalRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SubmitResponse"];
            };
        };
        /**
         * @description Too many requests. Body shape follows fal's request-error format (not shown by any source).
         *     The JS client retries 429 (and 502, 503, 504; status polling also 500) with exponential backoff.
         */
        QueueRateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Internal error (request error `internal_error` or `runner_server_error`, typically 500). */
        QueueServerError: {
            headers: {
                /**
                 * @description Same value as the body's `error_type`.
                 * @example internal_error
                 */
                "X-Fal-Error-Type"?: string;
                "X-Fal-Retryable": components["headers"]["XFalRetryable"];
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
        QueueUnauthorized: {
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
        QueueValidationFailed: {
            headers: {
                "X-Fal-Retryable": components["headers"]["XFalRetryable"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
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
        /** @description No runner could be allocated (request error `runner_scheduling_failure`, typically 503). */
        ServiceUnavailable: {
            headers: {
                /**
                 * @description Same value as the body's `error_type`.
                 * @example runner_scheduling_failure
                 */
                "X-Fal-Error-Type": string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /**
         * @description Malformed submission. fal's queue does not document validating the model input at submit
         *     time (model validation errors come back from `getResult` / the webhook); the mock validates
         *     eagerly against the model's input schema so a wrong request fails where it was made.
         */
        SubmitInvalid: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
    };
    parameters: {
        /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
        FalWebhook: string;
        /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
        NoRetry: string;
        /**
         * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
         *     The official JS client sends it (lower-case) when `storageSettings` is given.
         */
        ObjectLifecyclePreference: string;
        /** @description Queue priority. The JS client always sends it (default `normal`). */
        QueuePriority: "normal" | "low";
        /** @description The `request_id` returned by submit. */
        RequestId: string;
        /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
        RequestTimeout: string;
        /** @description A hint for the runner that should process the request (JS client `hint` option). */
        RunnerHint: string;
    };
    requestBodies: {
        Character: {
            content: {
                "application/json": components["schemas"]["CharacterInput"];
            };
        };
        CharacterEdit: {
            content: {
                "application/json": components["schemas"]["CharacterEditInput"];
            };
        };
        CharacterRemix: {
            content: {
                "application/json": components["schemas"]["CharacterRemixInput"];
            };
        };
        RemoveBackground: {
            content: {
                "application/json": components["schemas"]["RemoveBackgroundInput"];
            };
        };
        Upscale: {
            content: {
                "application/json": components["schemas"]["UpscaleInput"];
            };
        };
        V2: {
            content: {
                "application/json": components["schemas"]["V2Input"];
            };
        };
        V2a: {
            content: {
                "application/json": components["schemas"]["V2aInput"];
            };
        };
        V2aRemix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V2aTurbo: {
            content: {
                "application/json": components["schemas"]["V2aInput"];
            };
        };
        V2aTurboRemix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V2Edit: {
            content: {
                "application/json": components["schemas"]["EditInput"];
            };
        };
        V2Remix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V2Turbo: {
            content: {
                "application/json": components["schemas"]["V2Input"];
            };
        };
        V2TurboEdit: {
            content: {
                "application/json": components["schemas"]["EditInput"];
            };
        };
        V2TurboRemix: {
            content: {
                "application/json": components["schemas"]["RemixInput"];
            };
        };
        V3: {
            content: {
                "application/json": components["schemas"]["V3Input"];
            };
        };
        V3Edit: {
            content: {
                "application/json": components["schemas"]["V3EditInput"];
            };
        };
        V3GenerateTransparent: {
            content: {
                "application/json": components["schemas"]["V3GenerateTransparentInput"];
            };
        };
        V3LayerizeText: {
            content: {
                "application/json": components["schemas"]["V3LayerizeTextInput"];
            };
        };
        V3Reframe: {
            content: {
                "application/json": components["schemas"]["V3ReframeInput"];
            };
        };
        V3Remix: {
            content: {
                "application/json": components["schemas"]["V3RemixInput"];
            };
        };
        V3ReplaceBackground: {
            content: {
                "application/json": components["schemas"]["V3ReplaceBackgroundInput"];
            };
        };
    };
    headers: {
        /**
         * @description The fal request id, sent with every answer. The official JS client reads it from successful and
         *     failed responses (`Result.requestId`, `ApiError.requestId`).
         */
        XFalRequestId: string;
        /** @description Whether retrying the same request may succeed (model error responses). */
        XFalRetryable: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    submitCharacter: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Character"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitCharacterEdit: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CharacterEdit"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitCharacterRemix: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CharacterRemix"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitRemoveBackground: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RemoveBackground"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
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
            /**
             * @description The output of the model the request ran, in that model's shape (the synchronous endpoint's
             *     200 in `specs/fal/openapi.yaml`); one example per model, referenced from that spec.
             */
            200: {
                headers: {
                    "x-fal-request-id": components["headers"]["XFalRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelOutput"];
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
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["RequestNotFound"];
            422: components["responses"]["QueueValidationFailed"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
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
                    "application/json": components["schemas"]["CancelAccepted"];
                };
            };
            /** @description Cancellation requested (the request was in progress; a signal was sent to the runner). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelAccepted"];
                };
            };
            /** @description The request already completed and cannot be cancelled. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelRefused"];
                };
            };
            401: components["responses"]["QueueUnauthorized"];
            /**
             * @description Unknown request id. The cancel reference lists a `NOT_FOUND` status value; other queue
             *     operations answer `{detail}`. Both shapes are accepted.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelRefused"] | components["schemas"]["FalError"];
                };
            };
            422: components["responses"]["ParameterInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
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
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["RequestNotFound"];
            422: components["responses"]["ParameterInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitUpscale: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Upscale"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitEdit: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2Edit"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2Remix: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2Remix"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2Turbo: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2Turbo"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2TurboEdit: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2TurboEdit"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2TurboRemix: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2TurboRemix"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2a: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2a"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2aRemix: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2aRemix"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2aTurbo: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2aTurbo"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV2aTurboRemix: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V2aTurboRemix"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV3: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV3Edit: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3Edit"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV3GenerateTransparent: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3GenerateTransparent"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV3LayerizeText: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3LayerizeText"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV3Reframe: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3Reframe"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV3Remix: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3Remix"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    submitV3ReplaceBackground: {
        parameters: {
            query?: {
                /** @description URL fal POSTs the result to when the request completes (`requestCompleted` webhook). */
                fal_webhook?: components["parameters"]["FalWebhook"];
            };
            header?: {
                /** @description `1`, `true` or `yes` disables fal's automatic queue retries for this request. */
                "x-fal-no-retry"?: components["parameters"]["NoRetry"];
                /**
                 * @description JSON object controlling how long generated objects stay available, e.g. `{"expiration_duration_seconds": 3600}`.
                 *     The official JS client sends it (lower-case) when `storageSettings` is given.
                 */
                "X-Fal-Object-Lifecycle-Preference"?: components["parameters"]["ObjectLifecyclePreference"];
                /** @description Queue priority. The JS client always sends it (default `normal`). */
                "x-fal-queue-priority"?: components["parameters"]["QueuePriority"];
                /** @description Seconds fal may wait for the request to start (JS client `startTimeout`; must be > 1). */
                "x-fal-request-timeout"?: components["parameters"]["RequestTimeout"];
                /** @description A hint for the runner that should process the request (JS client `hint` option). */
                "x-fal-runner-hint"?: components["parameters"]["RunnerHint"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["V3ReplaceBackground"];
        responses: {
            200: components["responses"]["Queued"];
            401: components["responses"]["QueueUnauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["SubmitInvalid"];
            429: components["responses"]["QueueRateLimited"];
            500: components["responses"]["QueueServerError"];
        };
    };
    requestCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description Request id, part of the signed message. */
                "X-Fal-Webhook-Request-Id": string;
                /** @description Hex Ed25519 signature of `request_id\nuser_id\ntimestamp\nsha256hex(body)`, verifiable with the keys of https://rest.fal.ai/.well-known/jwks.json (`specs/fal-rest`). */
                "X-Fal-Webhook-Signature": string;
                /** @description Unix timestamp (seconds) of the delivery, part of the signed message; reject deliveries more than 5 minutes off. */
                "X-Fal-Webhook-Timestamp": string;
                /** @description fal user id, part of the signed message. */
                "X-Fal-Webhook-User-Id": string;
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
