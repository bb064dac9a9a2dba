// GENERATED FILE: do not edit by hand.
// Source: specs/replicate/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account the token belongs to
         * @description Replicate's `account.get`: `{type, username, name, github_url}` of the user or organization
         *     the token belongs to. Python's `accounts.current()` builds an `Account` from it (`type`,
         *     `username` and `name` required); the JS client's `accounts.current()` returns the JSON.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List files
         * @description Replicate's `files.list`: the files the token's account uploaded, most recent first, in pages
         *     of `{next, previous, results}`. Python's `files.list()` reads only `results`.
         */
        get: operations["listFiles"];
        put?: never;
        /**
         * Upload a file
         * @description Replicate's `files.create`: a multipart upload of `content` (the file, required), with
         *     optional `filename` (at most 255 bytes of UTF-8; else the part's own filename), `type` (else
         *     the part's Content-Type, else `application/octet-stream`) and `metadata` (JSON, default
         *     `{}`). Files are limited to 100 MB. The answer's `urls.get` is what a prediction input takes
         *     in place of the file.
         *
         *     Python's client (`files.create`, and every open file or `Path` in a prediction's input with
         *     the default `file_encoding_strategy`) sends `content` as a file part with the file's name and
         *     guessed type, and `metadata` as a text field only when some was given. The JS client
         *     (`files.create`, and Blob/Buffer inputs with the default `fileEncodingStrategy`) sends
         *     `content` as a file part (`buffer_<ms>` / `application/octet-stream` for a Buffer) and
         *     `metadata` as a file part of type `application/json` (`{}` by default).
         */
        post: operations["createFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a file
         * @description Replicate's `files.get`: the file's details (JSON). This is the URL `urls.get` names, so a
         *     GET of `urls.get` answers the same JSON; the bytes are served by `downloadFile`.
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /**
         * Delete a file
         * @description Replicate's `files.delete`: 204 with no body; the file is then a 404 everywhere. Both
         *     clients report success by the 204.
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/files/{file_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file's bytes
         * @description Replicate's `files.download`: the file's bytes, for a URL signed with the owner's username,
         *     an expiry (Unix seconds) and `signature`, the base64 HMAC-SHA256 of `"{owner} {id} {expiry}"`
         *     under the Files API signing secret. No token is needed. A wrong signature, a past expiry or
         *     an unknown file is the 404.
         *
         *     The mock's signing secret is its `--webhook-secret` (see NOTES.md). It serves the bytes as a
         *     download: `X-Content-Type-Options: nosniff`, and `Content-Disposition: attachment` unless the
         *     bytes are a PNG, JPEG or WebP image (judged by content, then served with that image type).
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{owner}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a model
         * @description Replicate's `models.get`: the model's metadata, its `default_example` prediction and its
         *     `latest_version` (whose `openapi_schema` holds the model's input and output schemas).
         *     Official models (all the Ideogram ones) have `is_official: true`. Neither `replicate.run` nor
         *     the AI SDK calls this; `replicate.models.get(owner, name)` does.
         */
        get: operations["getModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{owner}/{name}/predictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a prediction for an official model
         * @description Replicate's `models.predictions.create`. Starts a prediction of the official model
         *     `{owner}/{name}` with the given `input` (validated against that model's input schema, see
         *     `x-models`). Without `Prefer` it answers at once with `status: starting`. With `Prefer: wait`
         *     the request is held open up to 60 s (`Prefer: wait=N`: N seconds, 1..60); if the prediction
         *     finishes in time the answer carries the final `status` and `output`, otherwise it comes back
         *     in the `starting` state and must be polled (`urls.get`).
         *
         *     `Cancel-After` sets a deadline after which Replicate cancels the prediction (`canceled` if it
         *     was running, `aborted` if it had not started).
         *
         *     Only the top-level body fields are checked for unknown properties
         *     (`additional_property_not_allowed`); unknown keys inside `input` are not refused.
         *
         *     Official JS client (`replicate` 1.4): `replicate.run("owner/name", {input})` and
         *     `replicate.predictions.create({model: "owner/name", input})` POST here with `Content-Type:
         *     application/json`, `User-Agent: replicate-javascript/1.4.0`, `Authorization: Bearer <token>`;
         *     `run` adds `Prefer: wait` (or `wait=<ceil(timeout)>`). The Vercel AI SDK (`@ai-sdk/replicate`)
         *     POSTs `{input: {prompt, aspect_ratio?, size?, seed?, num_outputs, image?, mask?, ...}}` here
         *     with `prefer: wait` (or `wait=<maxWaitTimeInSeconds>`).
         */
        post: operations["createModelPrediction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{owner}/{name}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a model's versions
         * @description Replicate's `models.versions.list`: the model's versions, most recent first, in pages of
         *     `{next, previous, results}` like every Replicate list (`next` / `previous` are absolute URLs
         *     with a `cursor`, or `null`). For the Ideogram models these are the version ids listed in
         *     `x-models` (see NOTES.md for the models whose ids are not published). Python's
         *     `model.versions.list()` and the JS client's `models.versions.list(owner, name)` call it.
         */
        get: operations["listModelVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{owner}/{name}/versions/{version_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a model version
         * @description Replicate's `models.versions.get`: one version, with the model's input and output schemas in
         *     `openapi_schema.components.schemas`. Python's `replicate.run("owner/name:<id>")` GETs this
         *     after the prediction is created (to look for an iterator output) and raises if it fails;
         *     `model.versions.get(id)` calls it too. Its `Version` model needs `created_at` (a date-time),
         *     `cog_version` (a string) and `openapi_schema` (an object).
         */
        get: operations["getModelVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/predictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List predictions
         * @description Replicate's `predictions.list`: the predictions of the token's user or organization, most
         *     recent first, 100 per page. `next` / `previous` are absolute URLs (with a `cursor` query
         *     parameter) or `null`. The JS client's `paginate` follows `next` as given.
         */
        get: operations["listPredictions"];
        put?: never;
        /**
         * Create a prediction for a model version
         * @description Replicate's `predictions.create`. Same as `createModelPrediction`, but the model is named by
         *     `version`: a 64-character version id, `{owner}/{name}:{version_id}`, or (official models only)
         *     `{owner}/{name}`. An unknown or forbidden version is refused with 422.
         *
         *     The JS client uses this path when the reference passed to `run` has a `:version` suffix
         *     (`replicate.run("ideogram-ai/ideogram-v2:d07f…", …)`); it sends only the id after the colon as
         *     `version`. `@ai-sdk/replicate` uses it for a model id with `:version` and also sends only the id.
         */
        post: operations["createPrediction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/predictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a prediction
         * @description Replicate's `predictions.get`: the prediction's current state. `status` is one of `starting`,
         *     `processing`, `succeeded`, `failed`, `canceled` (and `aborted` when a `Cancel-After` deadline
         *     passed before it started). Finished predictions carry `metrics.predict_time` (and
         *     `total_time`). Output files are HTTPS URLs; API predictions' inputs, outputs and logs are
         *     removed after an hour (`data_removed: true`, `output: null`).
         *
         *     The JS client's `wait` GETs this every 500 ms (`interval` option) until `succeeded`, `failed`
         *     or `canceled`; the AI SDK GETs `urls.get` every 500 ms (up to 240 times) until `output` is
         *     present or the status is final.
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
    "/v1/predictions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a prediction
         * @description Replicate's `predictions.cancel`: cancels a running prediction and returns it. The JS client
         *     POSTs with no body (but `Content-Type: application/json`). A prediction that has already
         *     finished cannot be canceled; what the API answers then is not documented (the mock returns it
         *     unchanged).
         */
        post: operations["cancelPrediction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/default/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signing secret for the default webhook
         * @description Replicate's `webhooks.default.secret.get`: `{key}`, the secret Replicate signs every webhook of
         *     this user or organization with. It has the form `whsec_<base64>`; the bytes the HMAC is keyed
         *     with are the base64-decoded part after the last `_`.
         */
        get: operations["getDefaultWebhookSecret"];
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
    predictionUpdated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prediction state sent to the prediction's webhook URL
         * @description Replicate POSTs the prediction object (the same JSON as `getPrediction`) to the `webhook` URL
         *     given at creation, for the events in `webhook_events_filter`: `start` (immediately on start),
         *     `output` (each new output), `logs` (each new log output), `completed` (terminal state:
         *     succeeded, failed or canceled). `output` and `logs` requests are sent at most once every 500 ms;
         *     `start` and `completed` are always sent when requested. Without a filter Replicate sends on new
         *     outputs and on completion (see NOTES.md for the conflicting statements). The receiver should
         *     answer 2xx within a few seconds or the webhook may be retried (same `webhook-id`); Replicate does
         *     not follow redirects.
         *
         *     Signing (Standard Webhooks): headers `webhook-id`, `webhook-timestamp` (Unix seconds) and
         *     `webhook-signature`. The signed content is `"{webhook-id}.{webhook-timestamp}.{raw body}"`; the
         *     key is the base64-decoded part of the default secret (`whsec_<base64>`, see
         *     `getDefaultWebhookSecret`) after its last `_`; the signature is the base64 HMAC-SHA256 of the
         *     signed content; `webhook-signature` is a space-separated list of `v1,<signature>` entries and the
         *     webhook is authentic when any entry matches. The official JS client's `validateWebhook` does
         *     exactly this (no timestamp tolerance check); when handed a parsed body it re-serialises it with
         *     `JSON.stringify`, so the raw body must be compact JSON for both forms to verify.
         */
        post: operations["predictionUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Account: {
            /** Format: uri */
            avatar_url?: string;
            /**
             * Format: uri
             * @description The account's GitHub URL; `null` when it has none (the Python client's `Account` allows it).
             */
            github_url?: string | null;
            name?: string;
            /** @enum {string} */
            type: "user" | "organization";
            username: string;
        };
        /**
         * @description Aspect ratio. Ignored if a resolution or inpainting image is given. The V2 model pages show the field without listing its options; these are Ideogram 2.0's eleven ratios (see NOTES.md).
         * @default 1:1
         * @enum {string}
         */
        AspectRatioV2: "1:1" | "16:9" | "9:16" | "4:3" | "3:4" | "3:2" | "2:3" | "16:10" | "10:16" | "3:1" | "1:3";
        /**
         * @description Aspect ratio. Ignored if a resolution or inpainting image is given.
         * @default 1:1
         * @enum {string}
         */
        AspectRatioV3: "1:3" | "3:1" | "1:2" | "2:1" | "9:16" | "16:9" | "10:16" | "16:10" | "2:3" | "3:2" | "3:4" | "4:3" | "4:5" | "5:4" | "1:1";
        /** @description Replicate's problem-style error body. `detail` is always there; `title` and `status` on most errors; `invalid_fields` on input validation failures (422). */
        Error: {
            detail: string;
            invalid_fields?: components["schemas"]["InvalidField"][];
            status?: number;
            title?: string;
        };
        /** @description A file uploaded with `files.create`. Replicate's OpenAPI document requires `id`, `urls`, `content_type`, `size`, `checksums`, `metadata`, `created_at` and `expires_at`; its answers (and the Python client's `File` model, which needs them) also carry `name` and `etag`. */
        File: {
            checksums: {
                md5?: string;
                sha256: string;
            };
            /** @description The content type given at upload (`type`, else the part's Content-Type). */
            content_type: string;
            /** Format: date-time */
            created_at: string;
            /** @description The MD5 of the bytes, in hex (as Replicate's answers show). */
            etag: string;
            /** Format: date-time */
            expires_at: string | null;
            id: string;
            /** @description The metadata given at upload (`{}` when none). */
            metadata: Record<string, never>;
            /** @description The file name given at upload. */
            name: string;
            size: number;
            urls: {
                /**
                 * Format: uri
                 * @description The file resource (`getFile`); what a prediction input takes in place of the file.
                 */
                get: string;
            };
        };
        FileCreateRequest: {
            /**
             * Format: binary
             * @description The file (any type), at most 100 MB.
             */
            content: string;
            /** @description The file name (at most 255 bytes of UTF-8); the part's filename when absent. */
            filename?: string;
            /** @description JSON metadata kept with the file (default `{}`); sent as a text field or a JSON file part. */
            metadata?: Record<string, never>;
            /** @description The content type; the part's Content-Type when absent, else `application/octet-stream`. It must be a media type (`type/subtype`, optional parameters), since it is served as a header (the pattern is the mock's, see NOTES.md). */
            type?: string;
        };
        /**
         * @description A file: an HTTP(S) URL, or a data URL (`data:image/png;base64,...`, advised for files up to 256 KB). The JS client uploads Blob/Buffer inputs to `POST /v1/files` first (or inlines them as data URLs); the AI SDK always sends data URLs.
         * @example https://example.com/knight.png
         */
        FileInput: string;
        FilePage: {
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["File"][];
        };
        /**
         * Input
         * @description Input of `ideogram-character` (a character reference image carried into a new scene).
         */
        IdeogramCharacterInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /** @description An image to use as a character reference. Required is an assumption (the model cannot run without one). */
            character_reference_image: components["schemas"]["FileInput"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @description Text prompt for image generation. */
            prompt: string;
            /**
             * @description Rendering speed. Turbo for faster and cheaper generation, quality for higher quality and more expensive generation, default for balanced. Option spelling assumed from the default `Default`.
             * @default Default
             * @enum {string}
             */
            rendering_speed: "Default" | "Turbo" | "Quality";
            resolution?: components["schemas"]["Resolution"];
            seed?: components["schemas"]["Seed"];
            /**
             * @description The character style type. Auto, Fiction, or Realistic.
             * @default Auto
             * @enum {string}
             */
            style_type: "Auto" | "Fiction" | "Realistic";
        };
        /**
         * Input
         * @description Input of `ideogram-v2a` (and, assumed identical, `ideogram-v2a-turbo`): text to image only, no inpainting and no negative prompt.
         */
        IdeogramV2aInput: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @description Text prompt for image generation. */
            prompt: string;
            resolution?: components["schemas"]["Resolution"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleTypeV2"];
        };
        /**
         * Input
         * @description Input of `ideogram-v2` and `ideogram-v2-turbo` (inpainting with `image` + `mask`, `negative_prompt`).
         */
        IdeogramV2Input: {
            aspect_ratio?: components["schemas"]["AspectRatioV2"];
            /** @description An image file to use for inpainting. */
            image?: components["schemas"]["FileInput"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @description A black and white image. Black pixels are inpainted, white pixels are preserved. The mask will be resized to match the image size. */
            mask?: components["schemas"]["FileInput"];
            /** @description Things you do not want to see in the generated image. */
            negative_prompt?: string;
            /** @description Text prompt for image generation. */
            prompt: string;
            resolution?: components["schemas"]["Resolution"];
            seed?: components["schemas"]["Seed"];
            style_type?: components["schemas"]["StyleTypeV2"];
        };
        /**
         * Input
         * @description Input of `ideogram-v3-turbo`, `ideogram-v3-balanced` and `ideogram-v3-quality` (same fields). Unknown keys are not refused by Replicate (validation of unknown properties is top-level only).
         */
        IdeogramV3Input: {
            aspect_ratio?: components["schemas"]["AspectRatioV3"];
            /** @description An image file to use for inpainting. You must also use a mask. */
            image?: components["schemas"]["FileInput"];
            magic_prompt_option?: components["schemas"]["MagicPromptOption"];
            /** @description A black and white image. Black pixels are inpainted, white pixels are preserved. The mask will be resized to match the image size. */
            mask?: components["schemas"]["FileInput"];
            /** @description Text prompt for image generation. */
            prompt: string;
            resolution?: components["schemas"]["Resolution"];
            seed?: components["schemas"]["Seed"];
            /**
             * @description Apply a predefined artistic style to the generated image (V3 models only), e.g. `80s Illustration`, `Art Deco`, `Bauhaus`, `Pop Art`, `Watercolor`; default `None`. The full list of options was not available to this spec, so any string is accepted.
             * @default None
             * @example None
             * @example Pop Art
             * @example Watercolor
             */
            style_preset: string;
            /** @description A list of images to use as style references. */
            style_reference_images?: components["schemas"]["FileInput"][];
            style_type?: components["schemas"]["StyleTypeV3"];
        };
        /**
         * Output
         * Format: uri
         * @description Output of every Ideogram model: one image URL (`{"type": "string", "format": "uri"}` on the model pages). Files are served from `replicate.delivery`.
         */
        ImageOutput: string;
        InvalidField: {
            description: string;
            /** @description Dotted path (`input.aspect_ratio`); `input` for a missing input field; `""` for the top level. */
            field: string;
            /**
             * @description e.g. `enum`, `required`, `additional_property_not_allowed`, `number_lte`.
             * @example enum
             * @example required
             * @example additional_property_not_allowed
             */
            type: string;
        };
        /**
         * @description Magic Prompt will interpret your prompt and optimize it to maximize variety and quality of the images generated. You can also use it to write prompts in different languages.
         * @default Auto
         * @enum {string}
         */
        MagicPromptOption: "Auto" | "On" | "Off";
        Model: {
            /** Format: uri */
            cover_image_url?: string | null;
            /** @description A prediction made with this model, or `null`. */
            default_example?: components["schemas"]["Prediction"] | null;
            description?: string | null;
            /** Format: uri */
            github_url?: string | null;
            is_official?: boolean;
            /** @description The most recently pushed version, or `null`. */
            latest_version?: components["schemas"]["ModelVersion"] | null;
            /** Format: uri */
            license_url?: string | null;
            name: string;
            owner: string;
            /** Format: uri */
            paper_url?: string | null;
            run_count: number;
            /** Format: uri */
            url: string;
            /** @enum {string} */
            visibility: "public" | "private";
        };
        /** @description The `input` of an Ideogram prediction: any of the model inputs. A server picks the one for the model in the path or `version` (`x-models`) and validates against that alone. */
        ModelInput: components["schemas"]["IdeogramV3Input"] | components["schemas"]["IdeogramV2Input"] | components["schemas"]["IdeogramV2aInput"] | components["schemas"]["IdeogramCharacterInput"];
        ModelVersion: {
            cog_version: string | null;
            /** Format: date-time */
            created_at: string;
            id: string;
            /** @description The model's OpenAPI document; `components.schemas.Input` and `.Output` describe its input and output. */
            openapi_schema: Record<string, never> | null;
        };
        /** @description A prediction (also the webhook body). */
        Prediction: {
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: date-time */
            created_at: string;
            /** @description Whether the input and output have been deleted. */
            data_removed: boolean;
            /**
             * Format: date-time
             * @description When the prediction will be canceled if not finished (`Cancel-After`).
             */
            deadline?: string;
            deployment?: string;
            /** @description The error when `status` is `failed`. */
            error: string | null;
            id: string;
            /** @description The prediction's input (removed after an hour for API predictions). */
            input: Record<string, never>;
            /** @description The model's log output. */
            logs?: string | null;
            /** @description Present on finished predictions: `predict_time` (CPU/GPU seconds spent running, not waiting) and `total_time` (seconds from creation to completion). May be `{}` before. */
            metrics?: {
                predict_time?: number;
                total_time?: number;
            };
            /** @description `{owner}/{name}` of the model. */
            model: string;
            /** @description The model's output: for the Ideogram models one image URL (`ImageOutput`); `null` until it succeeds and after the data is removed. */
            output: components["schemas"]["ImageOutput"] | components["schemas"]["ImageOutput"][] | null;
            /** @enum {string} */
            source?: "web" | "api";
            /** Format: date-time */
            started_at?: string | null;
            status: components["schemas"]["PredictionStatus"];
            /** @description URLs for this prediction. Replicate's OpenAPI document marks `web`, `get` and `cancel` required; `stream` (server-sent events) only when the model supports streaming. */
            urls: {
                /** Format: uri */
                cancel: string;
                /** Format: uri */
                get: string;
                /** Format: uri */
                stream?: string;
                /** Format: uri */
                web?: string;
            };
            /** @description The version id, or `hidden` for official models (which have no public versions). */
            version: string;
            /** Format: uri */
            webhook?: string;
            webhook_events_filter?: components["schemas"]["WebhookEvent"][];
        };
        PredictionPage: {
            /**
             * Format: uri
             * @description Absolute URL of the next page, or `null`.
             */
            next: string | null;
            /**
             * Format: uri
             * @description Absolute URL of the previous page, or `null`.
             */
            previous: string | null;
            results: components["schemas"]["Prediction"][];
        };
        /** @description Body of `createModelPrediction`. Unknown top-level properties are refused (422). */
        PredictionRequest: {
            input: components["schemas"]["ModelInput"];
            /**
             * @deprecated
             * @description Deprecated; `urls.stream` is present whenever the model supports streaming.
             */
            stream?: boolean;
            /**
             * Format: uri
             * @description HTTPS URL Replicate POSTs the prediction to (see the `predictionUpdated` webhook). Retried on network problems; redirects are not followed.
             */
            webhook?: string;
            /** @description Which events trigger webhook requests. */
            webhook_events_filter?: components["schemas"]["WebhookEvent"][];
        };
        /**
         * @description `starting`: starting up (a worker may be booting). `processing`: `predict()` is running.
         *     `succeeded`, `failed`, `canceled` (by its creator, or a deadline reached while running),
         *     `aborted` (deadline reached before it started). The JS client treats only `succeeded`, `failed`
         *     and `canceled` as final; `@ai-sdk/replicate` 3.0.46 refuses any status outside the first five.
         * @enum {string}
         */
        PredictionStatus: "starting" | "processing" | "succeeded" | "failed" | "canceled" | "aborted";
        /**
         * @description Resolution. Overrides aspect ratio. Ignored if an inpainting image is given. `None` means "use the aspect ratio". Listed on the V3 model page; the V2 pages show the field without options and the same list is assumed there.
         * @default None
         * @enum {string}
         */
        Resolution: "None" | "512x1536" | "576x1408" | "576x1472" | "576x1536" | "640x1344" | "640x1408" | "640x1472" | "640x1536" | "704x1152" | "704x1216" | "704x1280" | "704x1344" | "704x1408" | "704x1472" | "736x1312" | "768x1088" | "768x1216" | "768x1280" | "768x1344" | "800x1280" | "832x960" | "832x1024" | "832x1088" | "832x1152" | "832x1216" | "832x1248" | "864x1152" | "896x960" | "896x1024" | "896x1088" | "896x1120" | "896x1152" | "960x832" | "960x896" | "960x1024" | "960x1088" | "1024x832" | "1024x896" | "1024x960" | "1024x1024" | "1088x768" | "1088x832" | "1088x896" | "1088x960" | "1120x896" | "1152x704" | "1152x832" | "1152x864" | "1152x896" | "1216x704" | "1216x768" | "1216x832" | "1248x832" | "1280x704" | "1280x768" | "1280x800" | "1312x736" | "1344x640" | "1344x704" | "1344x768" | "1408x576" | "1408x640" | "1408x704" | "1472x576" | "1472x640" | "1472x704" | "1536x512" | "1536x576" | "1536x640";
        /** @description Random seed. Set for reproducible generation. */
        Seed: number;
        /**
         * @description The styles help define the specific aesthetic of the image you want to generate. The V2 pages show the field without options; V2 adds `Render 3D` and `Anime` to the V3 list (see NOTES.md).
         * @default None
         * @enum {string}
         */
        StyleTypeV2: "None" | "Auto" | "General" | "Realistic" | "Design" | "Render 3D" | "Anime";
        /**
         * @description The styles help define the specific aesthetic of the image you want to generate.
         * @default None
         * @enum {string}
         */
        StyleTypeV3: "None" | "Auto" | "General" | "Realistic" | "Design";
        VersionPage: {
            /** Format: uri */
            next: string | null;
            /** Format: uri */
            previous: string | null;
            results: components["schemas"]["ModelVersion"][];
        };
        /** @description Body of `createPrediction`. Unknown top-level properties are refused (422). */
        VersionPredictionRequest: {
            input: components["schemas"]["ModelInput"];
            /** @deprecated */
            stream?: boolean;
            /** @description `{version_id}` (64 hex characters), `{owner}/{name}:{version_id}`, or `{owner}/{name}` for official models. */
            version: string;
            /** Format: uri */
            webhook?: string;
            webhook_events_filter?: components["schemas"]["WebhookEvent"][];
        };
        /** @enum {string} */
        WebhookEvent: "start" | "output" | "logs" | "completed";
        WebhookSecret: {
            /** @description The signing secret, `whsec_<base64>`. */
            key: string;
        };
    };
    responses: {
        /** @description No such file, not this account's, deleted, expired, or (download) a URL whose signature or expiry does not hold. Replicate documents the body `{"detail": "File not found"}`. */
        FileNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The upload has no `content` file part, or a `filename`, `type` or `metadata` the API cannot take. Not documented; Replicate's 422 shape assumed. */
        InvalidFile: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The body or the model input is invalid. `detail` lists every problem as `- <field>: <message>`
         *     lines; `invalid_fields` lists them as objects.
         */
        InvalidInput: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The body or the model input is invalid (see `InvalidInput`), or `version` names no version the
         *     token may use.
         */
        InvalidInputOrVersion: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An invalid query parameter (e.g. a malformed date-time). Not documented; same body shape assumed. */
        InvalidQuery: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such model, or the token may not see it. The body text is assumed. */
        ModelNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such prediction (or not this account's). The body text is assumed. */
        PredictionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Rate limited (600 prediction creations per minute, 3000 requests per minute on other endpoints,
         *     short bursts allowed; accounts without a payment method: 1 request per second, 6 per minute).
         *     The documented body has only `detail`. The JS client retries 429 (any method) and GET 5xx up to
         *     5 times.
         */
        Throttled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid token. The body is the one the API returns (Replicate's Python client tests assert its `detail`); the reference does not print it. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such model, or no such version of it. The body text is assumed. */
        VersionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Deadline, measured from creation, after which the prediction is canceled: a duration with an
         *     optional unit (`s`, `m`, `h`; seconds when none), units combinable (`1h30m45s`), minimum 5 s.
         *     Reached before the prediction starts: `aborted`; while running: `canceled`.
         */
        CancelAfter: string;
        /** @description Opaque page cursor, taken from `next` or `previous` of a previous page. */
        Cursor: string;
        /** @description The file's id, as `files.create` answered it. */
        FileId: string;
        /** @description The model's name (`ideogram-v3-turbo`, ...). See `x-models` for the Ideogram models. */
        Name: string;
        /** @description The user or organization that owns the model (`ideogram-ai`). */
        Owner: string;
        /** @description The prediction's id. */
        PredictionId: string;
        /**
         * @description Sync mode: `wait` holds the request open up to 60 s, `wait=N` up to N seconds (1..60). If the
         *     prediction finishes in time the answer has the final state; otherwise it is returned in the
         *     `starting` state. The JS client sends `wait` or `wait=<max(1, ceil(timeout))>` (no upper clamp);
         *     the AI SDK sends `wait` or `wait=<maxWaitTimeInSeconds>` as given (may be fractional).
         */
        Prefer: string;
        /** @description The version's id (64 hex characters). */
        VersionId: string;
        /** @description Unique message id; the same when a webhook is resent (retried). */
        WebhookId: string;
        /** @description Space-delimited list of `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">` entries. */
        WebhookSignature: string;
        /** @description When the attempt was made, in seconds since the Unix epoch. */
        WebhookTimestamp: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["Throttled"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                /** @description Opaque page cursor, taken from `next` or `previous` of a previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilePage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["InvalidQuery"];
            429: components["responses"]["Throttled"];
        };
    };
    createFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileCreateRequest"];
            };
        };
        responses: {
            /** @description The file was stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            /** @description The file is larger than 100 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            422: components["responses"]["InvalidFile"];
            429: components["responses"]["Throttled"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file's id, as `files.create` answered it. */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["File"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["FileNotFound"];
            429: components["responses"]["Throttled"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The file's id, as `files.create` answered it. */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["FileNotFound"];
            429: components["responses"]["Throttled"];
        };
    };
    downloadFile: {
        parameters: {
            query: {
                /** @description When the URL stops working, in seconds since the Unix epoch. */
                expiry: string;
                /** @description The username of the account that uploaded the file. */
                owner: string;
                /** @description Base64 HMAC-SHA256 of `"{owner} {id} {expiry}"` under the Files API signing secret. */
                signature: string;
            };
            header?: never;
            path: {
                /** @description The file's id, as `files.create` answered it. */
                file_id: components["parameters"]["FileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    /** @description `attachment` (with the file name) unless the bytes are a PNG, JPEG or WebP image. */
                    "Content-Disposition"?: string;
                    /** @description Always `nosniff`. */
                    "X-Content-Type-Options"?: "nosniff";
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            404: components["responses"]["FileNotFound"];
            429: components["responses"]["Throttled"];
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model's name (`ideogram-v3-turbo`, ...). See `x-models` for the Ideogram models. */
                name: components["parameters"]["Name"];
                /** @description The user or organization that owns the model (`ideogram-ai`). */
                owner: components["parameters"]["Owner"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["ModelNotFound"];
            429: components["responses"]["Throttled"];
        };
    };
    createModelPrediction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Deadline, measured from creation, after which the prediction is canceled: a duration with an
                 *     optional unit (`s`, `m`, `h`; seconds when none), units combinable (`1h30m45s`), minimum 5 s.
                 *     Reached before the prediction starts: `aborted`; while running: `canceled`.
                 */
                "Cancel-After"?: components["parameters"]["CancelAfter"];
                /**
                 * @description Sync mode: `wait` holds the request open up to 60 s, `wait=N` up to N seconds (1..60). If the
                 *     prediction finishes in time the answer has the final state; otherwise it is returned in the
                 *     `starting` state. The JS client sends `wait` or `wait=<max(1, ceil(timeout))>` (no upper clamp);
                 *     the AI SDK sends `wait` or `wait=<maxWaitTimeInSeconds>` as given (may be fractional).
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path: {
                /** @description The model's name (`ideogram-v3-turbo`, ...). See `x-models` for the Ideogram models. */
                name: components["parameters"]["Name"];
                /** @description The user or organization that owns the model (`ideogram-ai`). */
                owner: components["parameters"]["Owner"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PredictionRequest"];
            };
        };
        responses: {
            /**
             * @description The prediction was created. Without `Prefer: wait` it is `starting`; with `Prefer: wait` it
             *     carries the final state if the model finished within the wait, else it is still `starting`.
             */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prediction"];
                };
            };
            /**
             * @description The prediction was created but does not have all its outputs yet (Replicate's OpenAPI
             *     document lists this status for the create operations; which requests get 202 rather than 201
             *     is not documented).
             */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prediction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["ModelNotFound"];
            422: components["responses"]["InvalidInput"];
            429: components["responses"]["Throttled"];
        };
    };
    listModelVersions: {
        parameters: {
            query?: {
                /** @description Opaque page cursor, taken from `next` or `previous` of a previous page. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /** @description The model's name (`ideogram-v3-turbo`, ...). See `x-models` for the Ideogram models. */
                name: components["parameters"]["Name"];
                /** @description The user or organization that owns the model (`ideogram-ai`). */
                owner: components["parameters"]["Owner"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VersionPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["ModelNotFound"];
            422: components["responses"]["InvalidQuery"];
            429: components["responses"]["Throttled"];
        };
    };
    getModelVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model's name (`ideogram-v3-turbo`, ...). See `x-models` for the Ideogram models. */
                name: components["parameters"]["Name"];
                /** @description The user or organization that owns the model (`ideogram-ai`). */
                owner: components["parameters"]["Owner"];
                /** @description The version's id (64 hex characters). */
                version_id: components["parameters"]["VersionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersion"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["VersionNotFound"];
            429: components["responses"]["Throttled"];
        };
    };
    listPredictions: {
        parameters: {
            query?: {
                /** @description Only predictions created at or after this ISO 8601 date-time. */
                created_after?: string;
                /** @description Only predictions created before this ISO 8601 date-time. */
                created_before?: string;
                /** @description Opaque page cursor, taken from `next` or `previous` of a previous page. */
                cursor?: components["parameters"]["Cursor"];
                /** @description Only predictions created on the website (`web`, last 14 days); omitted means API and web. */
                source?: "web";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of predictions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PredictionPage"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["InvalidQuery"];
            429: components["responses"]["Throttled"];
        };
    };
    createPrediction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Deadline, measured from creation, after which the prediction is canceled: a duration with an
                 *     optional unit (`s`, `m`, `h`; seconds when none), units combinable (`1h30m45s`), minimum 5 s.
                 *     Reached before the prediction starts: `aborted`; while running: `canceled`.
                 */
                "Cancel-After"?: components["parameters"]["CancelAfter"];
                /**
                 * @description Sync mode: `wait` holds the request open up to 60 s, `wait=N` up to N seconds (1..60). If the
                 *     prediction finishes in time the answer has the final state; otherwise it is returned in the
                 *     `starting` state. The JS client sends `wait` or `wait=<max(1, ceil(timeout))>` (no upper clamp);
                 *     the AI SDK sends `wait` or `wait=<maxWaitTimeInSeconds>` as given (may be fractional).
                 */
                Prefer?: components["parameters"]["Prefer"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionPredictionRequest"];
            };
        };
        responses: {
            /** @description The prediction was created (see `createModelPrediction`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prediction"];
                };
            };
            /** @description Created without all outputs yet (see `createModelPrediction`). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prediction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            422: components["responses"]["InvalidInputOrVersion"];
            429: components["responses"]["Throttled"];
        };
    };
    getPrediction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The prediction's id. */
                id: components["parameters"]["PredictionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prediction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prediction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["PredictionNotFound"];
            429: components["responses"]["Throttled"];
        };
    };
    cancelPrediction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The prediction's id. */
                id: components["parameters"]["PredictionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prediction, now `canceled`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prediction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            404: components["responses"]["PredictionNotFound"];
            429: components["responses"]["Throttled"];
        };
    };
    getDefaultWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signing secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            429: components["responses"]["Throttled"];
        };
    };
    predictionUpdated: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique message id; the same when a webhook is resent (retried). */
                "webhook-id": components["parameters"]["WebhookId"];
                /** @description Space-delimited list of `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">` entries. */
                "webhook-signature": components["parameters"]["WebhookSignature"];
                /** @description When the attempt was made, in seconds since the Unix epoch. */
                "webhook-timestamp": components["parameters"]["WebhookTimestamp"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Prediction"];
            };
        };
        responses: {
            /** @description Any 2xx acknowledges the webhook; anything else (or no answer within a few seconds) may be retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
}
