// GENERATED FILE: do not edit by hand.
// Source: specs/fal-rest/openapi.yaml; regenerate with `npm run generate`.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public keys that verify fal's webhook signatures
         * @description A JSON Web Key Set of Ed25519 keys (`kty: OKP`, `crv: Ed25519`, `x` the base64url public key).
         *     A webhook receiver verifies `X-Fal-Webhook-Signature` (hex) over
         *     `request_id\nuser_id\ntimestamp\nsha256hex(body)` with any of them; fal's docs advise caching the
         *     set (at most 24 hours). On the mock the set holds the mock's own key, so a receiver pointed at
         *     this URL verifies the mock's webhooks with its production code.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage/upload/initiate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a file upload
         * @description Reserves a file and answers with the URL to PUT its bytes to (`upload_url`, with the same
         *     `Content-Type`) and the URL it will be served from (`file_url`), which model inputs such as
         *     `image_url` and `mask_url` then take. The official JS client (`@fal-ai/client` 1.10) always sends
         *     `?storage_type=fal-cdn-v3`, the body below, and `X-Fal-Object-Lifecycle` when the caller gives a
         *     lifecycle (`{"expiration_duration_seconds": n}`).
         */
        post: operations["initiateUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/storage/upload/initiate-multipart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a multipart file upload (files over 90 MB)
         * @description As `initiateUpload`, for a file the JS client sends in 10 MB parts: it PUTs part *n* to
         *     `<upload_url path>/<n><upload_url query>`, reads `{partNumber, etag}` from each answer, then POSTs
         *     `{"parts": [{partNumber, etag}, ...]}` to `<upload_url path>/complete<upload_url query>`.
         */
        post: operations["initiateMultipartUpload"];
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
        FalError: {
            detail: string;
        };
        InitiateUploadInput: {
            /** @description The file's media type (`application/octet-stream` when the Blob has none). The mock serves it back as the file's Content-Type, so it must be a media type: `type/subtype` in token characters, parameters in printable ASCII (no line break, nothing outside ASCII). fal documents no check of its own; the pattern is the mock's (NOTES.md). */
            content_type: string;
            /** @description The file's name, or `<Date.now()>.<extension from the content type>`. */
            file_name: string;
        };
        Jwks: {
            keys: {
                alg?: string;
                /** @constant */
                crv: "Ed25519";
                kid?: string;
                /** @constant */
                kty: "OKP";
                use?: string;
                /** @description The public key, base64url. */
                x: string;
            }[];
        };
        UploadTarget: {
            /**
             * Format: uri
             * @description Where the file is served once uploaded; pass it as a model input URL.
             */
            file_url: string;
            /**
             * Format: uri
             * @description PUT the bytes here (a signed URL; no key needed).
             */
            upload_url: string;
        };
        ValidationError: {
            detail: {
                loc: (string | number)[];
                msg: string;
                type: string;
            }[];
        };
    };
    responses: {
        /** @description Missing or invalid `Authorization: Key <FAL_KEY>` (fal's request-error shape; body not shown by a source). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FalError"];
            };
        };
        /** @description Where to PUT the bytes, and where the file will be served. */
        UploadTarget: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadTarget"];
            };
        };
        /** @description The body is not the documented shape (FastAPI's 422, as fal's other APIs answer). */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ValidationError"];
            };
        };
    };
    parameters: {
        /**
         * @description JSON lifecycle of the uploaded file, e.g. `{"expiration_duration_seconds": 3600}` (JS client
         *     `lifecycle.expiresIn`). The mock serves the file for that long, at most its storage lifetime.
         */
        ObjectLifecycle: string;
        /** @description Which store receives the file. The JS client 1.10 sends `fal-cdn-v3`. */
        StorageType: string;
    };
    requestBodies: {
        InitiateUpload: {
            content: {
                "application/json": components["schemas"]["InitiateUploadInput"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
        };
    };
    initiateUpload: {
        parameters: {
            query?: {
                /** @description Which store receives the file. The JS client 1.10 sends `fal-cdn-v3`. */
                storage_type?: components["parameters"]["StorageType"];
            };
            header?: {
                /**
                 * @description JSON lifecycle of the uploaded file, e.g. `{"expiration_duration_seconds": 3600}` (JS client
                 *     `lifecycle.expiresIn`). The mock serves the file for that long, at most its storage lifetime.
                 */
                "X-Fal-Object-Lifecycle"?: components["parameters"]["ObjectLifecycle"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["InitiateUpload"];
        responses: {
            200: components["responses"]["UploadTarget"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    initiateMultipartUpload: {
        parameters: {
            query?: {
                /** @description Which store receives the file. The JS client 1.10 sends `fal-cdn-v3`. */
                storage_type?: components["parameters"]["StorageType"];
            };
            header?: {
                /**
                 * @description JSON lifecycle of the uploaded file, e.g. `{"expiration_duration_seconds": 3600}` (JS client
                 *     `lifecycle.expiresIn`). The mock serves the file for that long, at most its storage lifetime.
                 */
                "X-Fal-Object-Lifecycle"?: components["parameters"]["ObjectLifecycle"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["InitiateUpload"];
        responses: {
            200: components["responses"]["UploadTarget"];
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationFailed"];
        };
    };
}
