// Generated from the server's OpenAPI document by `npx tsx scripts/gen-api-types.ts`; do not edit.
// test/api-types.test.ts fails when the routes change and this file was not regenerated.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets an HTTP-only session cookie and returns the CSRF token to send as x-csrf-token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                orgId: string;
                                /** @enum {string} */
                                role: "admin" | "unit_manager" | "unit_operator" | "maintainer" | "police_officer" | "police_approver" | "regulator" | "auditor";
                                disabled: boolean;
                            };
                            csrfToken: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                displayName: string;
                                orgId: string;
                                /** @enum {string} */
                                role: "admin" | "unit_manager" | "unit_operator" | "maintainer" | "police_officer" | "police_approver" | "regulator" | "auditor";
                                disabled: boolean;
                            };
                            csrfToken: string;
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session or null: what a page asks at load, answered 200 either way (GET /api/v1/auth/session answers 401 without one) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            session: {
                                user: {
                                    id: string;
                                    username: string;
                                    displayName: string;
                                    orgId: string;
                                    /** @enum {string} */
                                    role: "admin" | "unit_manager" | "unit_operator" | "maintainer" | "police_officer" | "police_approver" | "regulator" | "auditor";
                                    disabled: boolean;
                                };
                                csrfToken: string;
                                expiresAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users (admin: all; others: their organization's) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                orgId: string;
                                /** @enum {string} */
                                role: "admin" | "unit_manager" | "unit_operator" | "maintainer" | "police_officer" | "police_approver" | "regulator" | "auditor";
                                disabled: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName?: string;
                        orgId: string;
                        /** @enum {string} */
                        role: "admin" | "unit_manager" | "unit_operator" | "maintainer" | "police_officer" | "police_approver" | "regulator" | "auditor";
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            orgId: string;
                            /** @enum {string} */
                            role: "admin" | "unit_manager" | "unit_operator" | "maintainer" | "police_officer" | "police_approver" | "regulator" | "auditor";
                            disabled: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List jurisdictions in your scope (cursor pagination) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description name contains */
                    q?: string;
                    parentId?: string;
                    level?: "province" | "city" | "district" | "police_station";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                level: string;
                                parentId: string | null;
                                code: string | null;
                                profileId: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a jurisdiction */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        level: "province" | "city" | "district" | "police_station";
                        parentId?: string | null;
                        code?: string | null;
                        /** @description regulation profile id, e.g. liaoning-2008 */
                        profileId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            level: string;
                            parentId: string | null;
                            code: string | null;
                            profileId: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One jurisdiction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            level: string;
                            parentId: string | null;
                            code: string | null;
                            profileId: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a jurisdiction */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a jurisdiction */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        level?: "province" | "city" | "district" | "police_station";
                        parentId?: string | null;
                        code?: string | null;
                        /** @description regulation profile id, e.g. liaoning-2008 */
                        profileId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            level: string;
                            parentId: string | null;
                            code: string | null;
                            profileId: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations in your scope (cursor pagination) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description name contains */
                    q?: string;
                    kind?: "unit" | "builder" | "maintainer" | "police" | "state_security" | "regulator";
                    jurisdictionId?: string;
                    industry?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                kind: string;
                                industry: string | null;
                                jurisdictionId: string | null;
                                isGovernment: boolean;
                                creditCode: string | null;
                                address: string | null;
                                contactName: string | null;
                                contactPhone: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a organization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "unit" | "builder" | "maintainer" | "police" | "state_security" | "regulator";
                        industry?: string | null;
                        jurisdictionId?: string | null;
                        isGovernment?: boolean;
                        /** @description 统一社会信用代码 */
                        creditCode?: string | null;
                        address?: string | null;
                        contactName?: string | null;
                        contactPhone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            kind: string;
                            industry: string | null;
                            jurisdictionId: string | null;
                            isGovernment: boolean;
                            creditCode: string | null;
                            address: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            kind: string;
                            industry: string | null;
                            jurisdictionId: string | null;
                            isGovernment: boolean;
                            creditCode: string | null;
                            address: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a organization */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a organization */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "unit" | "builder" | "maintainer" | "police" | "state_security" | "regulator";
                        industry?: string | null;
                        jurisdictionId?: string | null;
                        isGovernment?: boolean;
                        /** @description 统一社会信用代码 */
                        creditCode?: string | null;
                        address?: string | null;
                        contactName?: string | null;
                        contactPhone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            kind: string;
                            industry: string | null;
                            jurisdictionId: string | null;
                            isGovernment: boolean;
                            creditCode: string | null;
                            address: string | null;
                            contactName: string | null;
                            contactPhone: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sites in your scope (cursor pagination) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description name contains */
                    q?: string;
                    orgId?: string;
                    placeCategory?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                name: string;
                                placeCategory: string;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                                isPublic: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a site */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description defaults to the caller's organization */
                        orgId?: string;
                        name: string;
                        /** @description place category code (GET /categories) */
                        placeCategory: string;
                        address?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        /** @description 公共场所 (true) or non-public place (false) */
                        isPublic?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            name: string;
                            placeCategory: string;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            isPublic: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            name: string;
                            placeCategory: string;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            isPublic: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a site */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a site */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description place category code (GET /categories) */
                        placeCategory?: string;
                        address?: string | null;
                        latitude?: number | null;
                        longitude?: number | null;
                        /** @description 公共场所 (true) or non-public place (false) */
                        isPublic?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            name: string;
                            placeCategory: string;
                            address: string | null;
                            latitude: number | null;
                            longitude: number | null;
                            isPublic: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List systems in your scope (cursor pagination) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description name contains */
                    q?: string;
                    orgId?: string;
                    lifecycle?: "planned" | "built" | "accepted" | "in_use" | "removed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                name: string;
                                builderOrgId: string | null;
                                maintainerOrgId: string | null;
                                governmentBuilt: boolean;
                                lifecycle: string;
                                plannedAt: string | null;
                                builtAt: string | null;
                                acceptedAt: string | null;
                                inUseAt: string | null;
                                removedAt: string | null;
                                /** @description last camera added, removed or moved */
                                changedAt: string | null;
                                maintenanceAgreementRef: string | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a system */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description defaults to the caller's organization */
                        orgId?: string;
                        name: string;
                        builderOrgId?: string | null;
                        maintainerOrgId?: string | null;
                        /** @description written maintenance agreement (国家 第十五条第二款) */
                        maintenanceAgreementRef?: string | null;
                        governmentBuilt?: boolean;
                        /** @enum {string} */
                        lifecycle?: "planned" | "built" | "accepted" | "in_use" | "removed";
                        /** @description ISO 8601 date or date-time */
                        plannedAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        builtAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        acceptedAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        inUseAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        removedAt?: (string) | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            name: string;
                            builderOrgId: string | null;
                            maintainerOrgId: string | null;
                            governmentBuilt: boolean;
                            lifecycle: string;
                            plannedAt: string | null;
                            builtAt: string | null;
                            acceptedAt: string | null;
                            inUseAt: string | null;
                            removedAt: string | null;
                            /** @description last camera added, removed or moved */
                            changedAt: string | null;
                            maintenanceAgreementRef: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One system */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            name: string;
                            builderOrgId: string | null;
                            maintainerOrgId: string | null;
                            governmentBuilt: boolean;
                            lifecycle: string;
                            plannedAt: string | null;
                            builtAt: string | null;
                            acceptedAt: string | null;
                            inUseAt: string | null;
                            removedAt: string | null;
                            /** @description last camera added, removed or moved */
                            changedAt: string | null;
                            maintenanceAgreementRef: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a system */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a system */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        builderOrgId?: string | null;
                        maintainerOrgId?: string | null;
                        /** @description written maintenance agreement (国家 第十五条第二款) */
                        maintenanceAgreementRef?: string | null;
                        governmentBuilt?: boolean;
                        /** @enum {string} */
                        lifecycle?: "planned" | "built" | "accepted" | "in_use" | "removed";
                        /** @description ISO 8601 date or date-time */
                        plannedAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        builtAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        acceptedAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        inUseAt?: (string) | null;
                        /** @description ISO 8601 date or date-time */
                        removedAt?: (string) | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            name: string;
                            builderOrgId: string | null;
                            maintainerOrgId: string | null;
                            governmentBuilt: boolean;
                            lifecycle: string;
                            plannedAt: string | null;
                            builtAt: string | null;
                            acceptedAt: string | null;
                            inUseAt: string | null;
                            removedAt: string | null;
                            /** @description last camera added, removed or moved */
                            changedAt: string | null;
                            maintenanceAgreementRef: string | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cameras": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cameras in your scope (cursor pagination) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description name contains */
                    q?: string;
                    orgId?: string;
                    systemId?: string;
                    siteId?: string;
                    locationCategory?: string;
                    enabled?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                systemId: string;
                                siteId: string;
                                name: string;
                                deviceId: string;
                                locationCategory: string;
                                mainStreamUrl: string | null;
                                subStreamUrl: string | null;
                                important: boolean;
                                signage: boolean;
                                latitude: number | null;
                                longitude: number | null;
                                directionDeg: number | null;
                                enabled: boolean;
                                retentionDays: number | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a camera */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        systemId: string;
                        siteId: string;
                        name: string;
                        /** @description GB/T 28181 20-digit device ID, type code 131 or 132 */
                        deviceId: string;
                        /** @description location category code (GET /categories) */
                        locationCategory: string;
                        mainStreamUrl?: string | null;
                        subStreamUrl?: string | null;
                        /** @description 重要部位 */
                        important?: boolean;
                        /** @description 提示标识 put up */
                        signage?: boolean;
                        latitude?: number | null;
                        longitude?: number | null;
                        directionDeg?: number | null;
                        enabled?: boolean;
                        retentionDays?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            systemId: string;
                            siteId: string;
                            name: string;
                            deviceId: string;
                            locationCategory: string;
                            mainStreamUrl: string | null;
                            subStreamUrl: string | null;
                            important: boolean;
                            signage: boolean;
                            latitude: number | null;
                            longitude: number | null;
                            directionDeg: number | null;
                            enabled: boolean;
                            retentionDays: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One camera */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            systemId: string;
                            siteId: string;
                            name: string;
                            deviceId: string;
                            locationCategory: string;
                            mainStreamUrl: string | null;
                            subStreamUrl: string | null;
                            important: boolean;
                            signage: boolean;
                            latitude: number | null;
                            longitude: number | null;
                            directionDeg: number | null;
                            enabled: boolean;
                            retentionDays: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a camera */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a camera */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        siteId?: string;
                        name?: string;
                        /** @description GB/T 28181 20-digit device ID, type code 131 or 132 */
                        deviceId?: string;
                        /** @description location category code (GET /categories) */
                        locationCategory?: string;
                        mainStreamUrl?: string | null;
                        subStreamUrl?: string | null;
                        /** @description 重要部位 */
                        important?: boolean;
                        /** @description 提示标识 put up */
                        signage?: boolean;
                        latitude?: number | null;
                        longitude?: number | null;
                        directionDeg?: number | null;
                        enabled?: boolean;
                        retentionDays?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            systemId: string;
                            siteId: string;
                            name: string;
                            deviceId: string;
                            locationCategory: string;
                            mainStreamUrl: string | null;
                            subStreamUrl: string | null;
                            important: boolean;
                            signage: boolean;
                            latitude: number | null;
                            longitude: number | null;
                            directionDeg: number | null;
                            enabled: boolean;
                            retentionDays: number | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Place and location category codes, with the articles that require or prohibit cameras there */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            places: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                readonly mandatory: {
                                    profileId: string;
                                    article: string;
                                    /** @enum {string} */
                                    builder: "government" | "unit";
                                }[];
                            }[];
                            locations: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                readonly prohibitedBy: {
                                    profileId: string;
                                    article: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jurisdiction profiles with their effective dates and rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                jurisdictionZh: string;
                                jurisdictionEn: string;
                                instrumentZh: string;
                                effectiveFrom: string;
                                effectiveTo: string | null;
                                rules: {
                                    id: string;
                                    article: string;
                                    kind: string;
                                    titleZh: string;
                                    titleEn: string;
                                    statementZh: string;
                                    statementEn: string;
                                    psvisDoes: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings per organization in your scope: rule, article, state, due date, penalty range */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    systemId?: string;
                    /** @description replay the rules in force on a past date; default today */
                    asOf?: string;
                    state?: "ok" | "due" | "overdue" | "violated" | "needs_evidence";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            organizations: {
                                orgId: string;
                                orgName: string;
                                profileIds: string[];
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    titleZh: string;
                                    titleEn: string;
                                    /** @enum {string} */
                                    state: "ok" | "due" | "overdue" | "violated" | "needs_evidence";
                                    dueDate?: string;
                                    subjectRef: string;
                                    noteZh?: string;
                                    noteEn?: string;
                                    penalty?: {
                                        article: string;
                                        trigger: string;
                                        rangeZh: string;
                                        rangeEn: string;
                                        readonly measuresZh: string[];
                                    } & {
                                        [key: string]: unknown;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/advisory-marks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an advisory duty (专家论证, 资质, 同步设计…) done with its evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgId?: string;
                        ruleId: string;
                        doneAt: string;
                        evidenceRef: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Training sessions of organizations in your scope, latest first (kind: job_skills 岗位技能, confidentiality 保密, security 安全知识, vetting 入职审查) */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    kind?: "job_skills" | "confidentiality" | "security" | "vetting";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                heldAt: string;
                                topic: string;
                                kinds: string[];
                                attendees: number;
                                evidenceRef: string | null;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a training session of monitoring and management staff */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgId?: string;
                        heldAt: string;
                        topic: string;
                        /** @description job_skills 岗位技能, confidentiality 保密, security 安全知识, vetting 入职审查 */
                        kinds?: ("job_skills" | "confidentiality" | "security" | "vetting")[];
                        attendees: number;
                        evidenceRef?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Filings of units in your scope, newest first, with their deadlines from the compliance engine (awaitingMe: addressed to your police office; overdue: past the deadline or the site visit) */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    systemId?: string;
                    status?: "draft" | "submitted" | "received" | "accepted" | "returned";
                    kind?: "first" | "change" | "removal" | "pre_existing";
                    /** @description police: submitted or received filings addressed to you */
                    awaitingMe?: "true" | "false";
                    /** @description only filings past their deadline (the compliance engine) or whose site visit is overdue */
                    overdue?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                orgName: string;
                                systemId: string;
                                systemName: string;
                                /** @enum {string} */
                                kind: "first" | "change" | "removal" | "pre_existing";
                                /** @enum {string} */
                                status: "draft" | "submitted" | "received" | "accepted" | "returned";
                                channel: string | null;
                                channelZh: string | null;
                                reference: string | null;
                                changeSummary: string | null;
                                removalDate: string | null;
                                removalReason: string | null;
                                notes: string | null;
                                /** @description null for filings recorded before the workflow */
                                content: {
                                    unit: {
                                        id: string;
                                        name: string;
                                        creditCode: string | null;
                                        address: string | null;
                                        contactName: string | null;
                                        contactPhone: string | null;
                                        isGovernment: boolean;
                                        jurisdiction: string;
                                    };
                                    system: {
                                        id: string;
                                        name: string;
                                        lifecycle: string;
                                        builderName: string | null;
                                        maintainerName: string | null;
                                        governmentBuilt: boolean;
                                        acceptedAt: string | null;
                                        inUseAt: string | null;
                                        removedAt: string | null;
                                        changedAt: string | null;
                                        maintenanceAgreementRef: string | null;
                                    };
                                    sites: {
                                        id: string;
                                        name: string;
                                        address: string | null;
                                        placeCategory: string;
                                        placeZh: string;
                                        isPublic: boolean;
                                    }[];
                                    cameras: {
                                        total: number;
                                        important: number;
                                        signage: number;
                                        byType: {
                                            typeZh: string;
                                            count: number;
                                        }[];
                                        byLocation: {
                                            code: string;
                                            nameZh: string;
                                            count: number;
                                        }[];
                                    };
                                    /** @description 点位分布 */
                                    points: {
                                        seq: number;
                                        cameraId: string;
                                        name: string;
                                        deviceId: string;
                                        typeZh: string;
                                        siteName: string;
                                        locationCategory: string;
                                        locationZh: string;
                                        latitude: number | null;
                                        longitude: number | null;
                                        directionDeg: number | null;
                                        important: boolean;
                                        signage: boolean;
                                        retentionDays: number | null;
                                    }[];
                                    retention: {
                                        floorDays: number;
                                        articles: string[];
                                    };
                                } | null;
                                filledAt: string | null;
                                terms: {
                                    articles: string[];
                                    materials: {
                                        code: string;
                                        nameZh: string;
                                        articles: string[];
                                        /** @description psvis draws it up from the registry (the point list) */
                                        generated: boolean;
                                        provided: boolean;
                                    }[];
                                    channels: {
                                        allowed: string[] | null;
                                        articles: string[];
                                    };
                                    recipient: {
                                        levels: string[] | null;
                                        nameZh: string | null;
                                        article: string | null;
                                        originalOffice: boolean;
                                    };
                                };
                                materials: {
                                    id: string;
                                    kind: string;
                                    nameZh: string;
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                    uploadedBy: string;
                                    uploadedAt: string;
                                }[];
                                recipient: {
                                    orgId: string;
                                    name: string;
                                } | null;
                                submittedAt: string | null;
                                submissions: number;
                                receivedAt: string | null;
                                /** @description the compliance engine’s findings on the duty this filing meets */
                                deadline: {
                                    findings: {
                                        ruleId: string;
                                        article: string;
                                        state: string;
                                        dueDate: string | null;
                                        noteZh: string | null;
                                    }[];
                                    overdue: boolean;
                                };
                                /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                                siteVisit: {
                                    article: string | null;
                                    days: number | null;
                                    dueDate: string | null;
                                    plannedFor: string | null;
                                    visitedAt: string | null;
                                    notes: string | null;
                                    overdue: boolean;
                                };
                                /** @description removals under 安徽 第十五条: notice at least 10 days before */
                                notice: {
                                    article: string;
                                    daysBefore: number;
                                    latestDate: string | null;
                                    givenAt: string | null;
                                    inTime: boolean | null;
                                } | null;
                                decision: {
                                    at: string;
                                    by: string;
                                    note: string | null;
                                } | null;
                                events: {
                                    action: string;
                                    at: string;
                                    userName: string;
                                    orgId: string;
                                    note: string | null;
                                }[];
                                createdBy: string;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a filing (备案) submitted to the police for a system */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        systemId: string;
                        /** @enum {string} */
                        kind: "first" | "change" | "removal" | "pre_existing";
                        submittedAt?: string;
                        /** @description removals: when the police were told in advance (安徽 第十五条) */
                        noticeGivenAt?: string;
                        reference?: string;
                        channel?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recordings/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-hash recorded files and walk each camera chain (admin, auditor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cameraId?: string;
                        /** Format: date-time */
                        since?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            cameras: number;
                            segments: number;
                            filesHashed: number;
                            bytesHashed: number;
                            problems: {
                                kind: string;
                                cameraId: string;
                                seq: number | null;
                                path: string | null;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A camera's index rows and gaps in a time range */
        get: {
            parameters: {
                query: {
                    cameraId: string;
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            segments: {
                                id: string;
                                seq: number;
                                start: string;
                                end: string;
                                durationMs: number;
                                bytes: number;
                                frames: number;
                                sha256: string;
                                status: string;
                                fragments: (number)[][];
                            }[];
                            gaps: {
                                start: string;
                                end: string;
                                cause: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recordings/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete footage in a range: refused inside the retention floor (with the article) or under a hold */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cameraId: string;
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deleted: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holds in your scope */
        get: {
            parameters: {
                query?: {
                    cameraId?: string;
                    includeReleased?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                cameraId: string;
                                from: string;
                                to: string;
                                /** @enum {string} */
                                kind: "case" | "important" | "legal_order";
                                reference: string;
                                reason: string;
                                createdBy: string;
                                createdAt: string;
                                releasedAt: string | null;
                                releasedBy: string | null;
                                /** @description when the hold ends (国家 第十七条); null only for holds placed before ends were kept */
                                until: string | null;
                                placedByRole: string | null;
                                placedByOrgId: string | null;
                                /** @description why it was released; 'expired' when its end passed */
                                releaseReason: string | null;
                                /** @description roles that may release it */
                                releaseApprovers: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Pin footage past its retention floor (case, important footage, legal order) until a named end; important footage at least the period in force (辽宁 第十四条(七): one year) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cameraId: string;
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        /** @enum {string} */
                        kind: "case" | "important" | "legal_order";
                        reference: string;
                        reason: string;
                        /**
                         * Format: date-time
                         * @description when the hold ends; default: the important-footage period in force, else one year after `to`
                         */
                        until?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            cameraId: string;
                            from: string;
                            to: string;
                            /** @enum {string} */
                            kind: "case" | "important" | "legal_order";
                            reference: string;
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                            releasedAt: string | null;
                            releasedBy: string | null;
                            /** @description when the hold ends (国家 第十七条); null only for holds placed before ends were kept */
                            until: string | null;
                            placedByRole: string | null;
                            placedByOrgId: string | null;
                            /** @description why it was released; 'expired' when its end passed */
                            releaseReason: string | null;
                            /** @description roles that may release it */
                            releaseApprovers: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an open hold's end (a case that outlasts it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        until: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            cameraId: string;
                            from: string;
                            to: string;
                            /** @enum {string} */
                            kind: "case" | "important" | "legal_order";
                            reference: string;
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                            releasedAt: string | null;
                            releasedBy: string | null;
                            /** @description when the hold ends (国家 第十七条); null only for holds placed before ends were kept */
                            until: string | null;
                            placedByRole: string | null;
                            placedByOrgId: string | null;
                            /** @description why it was released; 'expired' when its end passed */
                            releaseReason: string | null;
                            /** @description roles that may release it */
                            releaseApprovers: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a hold: police holds need police_approver, a unit’s own case or important footage its unit_manager too (PSVIS_ERR_HOLD_RELEASE_ROLE otherwise, audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the purpose is served */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            cameraId: string;
                            from: string;
                            to: string;
                            /** @enum {string} */
                            kind: "case" | "important" | "legal_order";
                            reference: string;
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                            releasedAt: string | null;
                            releasedBy: string | null;
                            /** @description when the hold ends (国家 第十七条); null only for holds placed before ends were kept */
                            until: string | null;
                            placedByRole: string | null;
                            placedByOrgId: string | null;
                            /** @description why it was released; 'expired' when its end passed */
                            releaseReason: string | null;
                            /** @description roles that may release it */
                            releaseApprovers: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inspections of units in your scope, newest first */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    status?: "planned" | "completed";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                inspectorOrgId: string;
                                /** @enum {string} */
                                kind: "routine" | "special" | "reinspection";
                                orderId: string | null;
                                plannedFor: string;
                                asOf: string;
                                profileIds: string[];
                                basis: {
                                    article: string;
                                    statementZh: string;
                                }[];
                                inspectors: string[];
                                notes: string | null;
                                /** @enum {string} */
                                status: "planned" | "completed";
                                summary: string | null;
                                createdBy: string;
                                createdAt: string;
                                completedBy: string | null;
                                completedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Plan an inspection of a unit in your scope (police, regulator); its checklist is generated from the rules in force and pre-filled with what psvis knows */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgId: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (Beijing date)
                         */
                        plannedFor: string;
                        /**
                         * @default routine
                         * @enum {string}
                         */
                        kind?: "routine" | "special" | "reinspection";
                        /** @description re-inspections: the rectification order followed up */
                        orderId?: string;
                        inspectors: string[];
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            inspectorOrgId: string;
                            /** @enum {string} */
                            kind: "routine" | "special" | "reinspection";
                            orderId: string | null;
                            plannedFor: string;
                            asOf: string;
                            profileIds: string[];
                            basis: {
                                article: string;
                                statementZh: string;
                            }[];
                            inspectors: string[];
                            notes: string | null;
                            /** @enum {string} */
                            status: "planned" | "completed";
                            summary: string | null;
                            createdBy: string;
                            createdAt: string;
                            completedBy: string | null;
                            completedAt: string | null;
                            items: {
                                id: string;
                                seq: number;
                                /** @description construction | upgrade | operation | filing | other (腾冲 第二十八条(一)–(五)) */
                                heading: string;
                                ruleId: string;
                                article: string;
                                titleZh: string;
                                titleEn: string;
                                penaltyArticle: string | null;
                                /**
                                 * @description what psvis knew before the inspection
                                 * @enum {string}
                                 */
                                prefillState: "ok" | "due" | "overdue" | "violated" | "needs_evidence" | "not_known" | "not_applicable";
                                prefill: {
                                    facts: {
                                        subjectRef: string | null;
                                        subjectName: string | null;
                                        state: string | null;
                                        noteZh: string | null;
                                        dueDate: string | null;
                                    }[];
                                    omitted: number;
                                };
                                /** @enum {string|null} */
                                result: "compliant" | "non_compliant" | "not_applicable" | null;
                                resultNote: string | null;
                                recordedBy: string | null;
                                recordedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inspection with its checklist */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            inspectorOrgId: string;
                            /** @enum {string} */
                            kind: "routine" | "special" | "reinspection";
                            orderId: string | null;
                            plannedFor: string;
                            asOf: string;
                            profileIds: string[];
                            basis: {
                                article: string;
                                statementZh: string;
                            }[];
                            inspectors: string[];
                            notes: string | null;
                            /** @enum {string} */
                            status: "planned" | "completed";
                            summary: string | null;
                            createdBy: string;
                            createdAt: string;
                            completedBy: string | null;
                            completedAt: string | null;
                            items: {
                                id: string;
                                seq: number;
                                /** @description construction | upgrade | operation | filing | other (腾冲 第二十八条(一)–(五)) */
                                heading: string;
                                ruleId: string;
                                article: string;
                                titleZh: string;
                                titleEn: string;
                                penaltyArticle: string | null;
                                /**
                                 * @description what psvis knew before the inspection
                                 * @enum {string}
                                 */
                                prefillState: "ok" | "due" | "overdue" | "violated" | "needs_evidence" | "not_known" | "not_applicable";
                                prefill: {
                                    facts: {
                                        subjectRef: string | null;
                                        subjectName: string | null;
                                        state: string | null;
                                        noteZh: string | null;
                                        dueDate: string | null;
                                    }[];
                                    omitted: number;
                                };
                                /** @enum {string|null} */
                                result: "compliant" | "non_compliant" | "not_applicable" | null;
                                resultNote: string | null;
                                recordedBy: string | null;
                                recordedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record checklist results (a non-compliant line needs a note) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        results: {
                            itemId: string;
                            /** @enum {string} */
                            result: "compliant" | "non_compliant" | "not_applicable";
                            note?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            inspectorOrgId: string;
                            /** @enum {string} */
                            kind: "routine" | "special" | "reinspection";
                            orderId: string | null;
                            plannedFor: string;
                            asOf: string;
                            profileIds: string[];
                            basis: {
                                article: string;
                                statementZh: string;
                            }[];
                            inspectors: string[];
                            notes: string | null;
                            /** @enum {string} */
                            status: "planned" | "completed";
                            summary: string | null;
                            createdBy: string;
                            createdAt: string;
                            completedBy: string | null;
                            completedAt: string | null;
                            items: {
                                id: string;
                                seq: number;
                                /** @description construction | upgrade | operation | filing | other (腾冲 第二十八条(一)–(五)) */
                                heading: string;
                                ruleId: string;
                                article: string;
                                titleZh: string;
                                titleEn: string;
                                penaltyArticle: string | null;
                                /**
                                 * @description what psvis knew before the inspection
                                 * @enum {string}
                                 */
                                prefillState: "ok" | "due" | "overdue" | "violated" | "needs_evidence" | "not_known" | "not_applicable";
                                prefill: {
                                    facts: {
                                        subjectRef: string | null;
                                        subjectName: string | null;
                                        state: string | null;
                                        noteZh: string | null;
                                        dueDate: string | null;
                                    }[];
                                    omitted: number;
                                };
                                /** @enum {string|null} */
                                result: "compliant" | "non_compliant" | "not_applicable" | null;
                                resultNote: string | null;
                                recordedBy: string | null;
                                recordedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete an inspection once every line has a result; a re-inspection closes its order, or escalates it when still not corrected after the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            inspectorOrgId: string;
                            /** @enum {string} */
                            kind: "routine" | "special" | "reinspection";
                            orderId: string | null;
                            plannedFor: string;
                            asOf: string;
                            profileIds: string[];
                            basis: {
                                article: string;
                                statementZh: string;
                            }[];
                            inspectors: string[];
                            notes: string | null;
                            /** @enum {string} */
                            status: "planned" | "completed";
                            summary: string | null;
                            createdBy: string;
                            createdAt: string;
                            completedBy: string | null;
                            completedAt: string | null;
                            items: {
                                id: string;
                                seq: number;
                                /** @description construction | upgrade | operation | filing | other (腾冲 第二十八条(一)–(五)) */
                                heading: string;
                                ruleId: string;
                                article: string;
                                titleZh: string;
                                titleEn: string;
                                penaltyArticle: string | null;
                                /**
                                 * @description what psvis knew before the inspection
                                 * @enum {string}
                                 */
                                prefillState: "ok" | "due" | "overdue" | "violated" | "needs_evidence" | "not_known" | "not_applicable";
                                prefill: {
                                    facts: {
                                        subjectRef: string | null;
                                        subjectName: string | null;
                                        state: string | null;
                                        noteZh: string | null;
                                        dueDate: string | null;
                                    }[];
                                    omitted: number;
                                };
                                /** @enum {string|null} */
                                result: "compliant" | "non_compliant" | "not_applicable" | null;
                                resultNote: string | null;
                                recordedBy: string | null;
                                recordedAt: string | null;
                            }[];
                            order: {
                                id: string;
                                orgId: string;
                                inspectionId: string;
                                documentNo: string | null;
                                items: {
                                    itemId: string;
                                    ruleId: string;
                                    article: string;
                                    titleZh: string;
                                    note: string | null;
                                    penaltyArticle: string | null;
                                    penaltyTrigger: string | null;
                                    penaltyRangeZh: string | null;
                                }[];
                                deadline: string;
                                note: string | null;
                                /** @enum {string} */
                                status: "open" | "rectified" | "escalated";
                                issuerOrgId: string;
                                issuedBy: string;
                                issuedAt: string;
                                closedAt: string | null;
                                closedByInspectionId: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inspection notice (监督检查通知书) with its checklist and results, as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rectification orders of units in your scope, newest first */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    status?: "open" | "rectified" | "escalated";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                inspectionId: string;
                                documentNo: string | null;
                                items: {
                                    itemId: string;
                                    ruleId: string;
                                    article: string;
                                    titleZh: string;
                                    note: string | null;
                                    penaltyArticle: string | null;
                                    penaltyTrigger: string | null;
                                    penaltyRangeZh: string | null;
                                }[];
                                deadline: string;
                                note: string | null;
                                /** @enum {string} */
                                status: "open" | "rectified" | "escalated";
                                issuerOrgId: string;
                                issuedBy: string;
                                issuedAt: string;
                                closedAt: string | null;
                                closedByInspectionId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Order the non-compliant lines of a completed inspection corrected by a deadline (责令限期改正; police_approver) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inspectionId: string;
                        /**
                         * Format: date
                         * @description last day to correct; a later day than today
                         */
                        deadline: string;
                        /** @description default: every non-compliant line */
                        itemIds?: string[];
                        documentNo?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            inspectionId: string;
                            documentNo: string | null;
                            items: {
                                itemId: string;
                                ruleId: string;
                                article: string;
                                titleZh: string;
                                note: string | null;
                                penaltyArticle: string | null;
                                penaltyTrigger: string | null;
                                penaltyRangeZh: string | null;
                            }[];
                            deadline: string;
                            note: string | null;
                            /** @enum {string} */
                            status: "open" | "rectified" | "escalated";
                            issuerOrgId: string;
                            issuedBy: string;
                            issuedAt: string;
                            closedAt: string | null;
                            closedByInspectionId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rectification order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            inspectionId: string;
                            documentNo: string | null;
                            items: {
                                itemId: string;
                                ruleId: string;
                                article: string;
                                titleZh: string;
                                note: string | null;
                                penaltyArticle: string | null;
                                penaltyTrigger: string | null;
                                penaltyRangeZh: string | null;
                            }[];
                            deadline: string;
                            note: string | null;
                            /** @enum {string} */
                            status: "open" | "rectified" | "escalated";
                            issuerOrgId: string;
                            issuedBy: string;
                            issuedAt: string;
                            closedAt: string | null;
                            closedByInspectionId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectification-orders/{id}/order.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rectification order (责令限期改正通知书) as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/penalty-articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Penalty articles in force for a unit on a date: trigger, measures, fine ranges per offender and tier, and the rules they punish */
        get: {
            parameters: {
                query: {
                    orgId: string;
                    /** @description the offence date; default today */
                    date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                article: string;
                                trigger: string;
                                readonly measuresZh: string[];
                                readonly fines: {
                                    offender: string;
                                    minYuan: number;
                                    maxYuan: number;
                                    tier?: string;
                                }[];
                                rangeZh: string;
                                rangeEn: string;
                                profileId: string;
                                punishes: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/penalty-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Penalty decisions of units in your scope, newest first */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                orderId: string | null;
                                documentNo: string | null;
                                article: string;
                                trigger: string;
                                /** @enum {string} */
                                offenderKind: "unit" | "individual" | "person_in_charge";
                                offenderName: string;
                                tier: string | null;
                                amountYuan: number | null;
                                warning: boolean;
                                otherMeasures: string[];
                                facts: string;
                                seriousConsequences: string | null;
                                offenceDate: string;
                                rangeZh: string;
                                deciderOrgId: string;
                                decidedBy: string;
                                decidedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a penalty decision (police_approver): the article must be in force for the unit on the offence date, its trigger met, and the amount inside the article's range for the offender (PSVIS_ERR_PENALTY_ARTICLE, _PRECONDITION, _RANGE; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgId: string;
                        /** @description the escalated order, for articles that fine after a missed deadline */
                        orderId?: string;
                        documentNo?: string;
                        /** @description as the texts cite it, e.g. '辽宁 第二十二条', '安徽 第二十五条' */
                        article: string;
                        /** @enum {string} */
                        offenderKind: "unit" | "individual" | "person_in_charge";
                        offenderName: string;
                        /**
                         * @description where the article tiers fines: 安徽 第二十五条 profit tiers, 青岛 business or not
                         * @enum {string}
                         */
                        tier?: "profit_with_gains" | "profit_without_gains" | "non_profit" | "business" | "non_business";
                        amountYuan?: number;
                        warning?: boolean;
                        otherMeasures?: string[];
                        /** @description 违法事实 */
                        facts: string;
                        seriousConsequences?: string;
                        /**
                         * Format: date
                         * @description the rules in force that day apply; default today
                         */
                        offenceDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orderId: string | null;
                            documentNo: string | null;
                            article: string;
                            trigger: string;
                            /** @enum {string} */
                            offenderKind: "unit" | "individual" | "person_in_charge";
                            offenderName: string;
                            tier: string | null;
                            amountYuan: number | null;
                            warning: boolean;
                            otherMeasures: string[];
                            facts: string;
                            seriousConsequences: string | null;
                            offenceDate: string;
                            rangeZh: string;
                            deciderOrgId: string;
                            decidedBy: string;
                            decidedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/penalty-decisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One penalty decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orderId: string | null;
                            documentNo: string | null;
                            article: string;
                            trigger: string;
                            /** @enum {string} */
                            offenderKind: "unit" | "individual" | "person_in_charge";
                            offenderName: string;
                            tier: string | null;
                            amountYuan: number | null;
                            warning: boolean;
                            otherMeasures: string[];
                            facts: string;
                            seriousConsequences: string | null;
                            offenceDate: string;
                            rangeZh: string;
                            deciderOrgId: string;
                            decidedBy: string;
                            decidedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filing form (备案登记表) of a recorded filing, as a PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-register/form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The access register form (查阅、复制、调取登记表) of a unit or a camera over a period, as a PDF */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    cameraId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the camera is being received: online, bitrate, fps, last frame, reconnects */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ingesting: boolean;
                            url: string | null;
                            online: boolean;
                            since: string | null;
                            bitsPerSecond: number;
                            framesPerSecond: number;
                            lastFrameAt: string | null;
                            reconnects: number;
                            sessions: number;
                            lastError: {
                                code: string;
                                message: string;
                                at: string;
                            } | null;
                            framesIn: number;
                            packetsLost: number;
                            framesDropped: number;
                            tracks: {
                                /** @enum {string} */
                                codec: "h264" | "h265" | "aac" | "pcma" | "pcmu";
                                clockRate: number;
                                width?: number;
                                height?: number;
                                channels?: number;
                                parameterSets: boolean;
                                /** @enum {string} */
                                wallClock: "rtcp" | "arrival";
                            }[];
                            cameraId: string;
                            sub: {
                                ingesting: boolean;
                                url: string | null;
                                online: boolean;
                                since: string | null;
                                bitsPerSecond: number;
                                framesPerSecond: number;
                                lastFrameAt: string | null;
                                reconnects: number;
                                sessions: number;
                                lastError: {
                                    code: string;
                                    message: string;
                                    at: string;
                                } | null;
                                framesIn: number;
                                packetsLost: number;
                                framesDropped: number;
                                tracks: {
                                    /** @enum {string} */
                                    codec: "h264" | "h265" | "aac" | "pcma" | "pcmu";
                                    clockRate: number;
                                    width?: number;
                                    height?: number;
                                    channels?: number;
                                    parameterSets: boolean;
                                    /** @enum {string} */
                                    wallClock: "rtcp" | "arrival";
                                }[];
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded spans, gaps with their cause, and holds of a camera in a range */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cameraId: string;
                            from: string;
                            to: string;
                            recordedMs: number;
                            spans: {
                                from: string;
                                to: string;
                                segments: number;
                            }[];
                            gaps: {
                                from: string;
                                to: string;
                                cause: string;
                            }[];
                            holds: {
                                id: string;
                                from: string;
                                to: string;
                                kind: string;
                                reference: string;
                                released: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}/recordings.m3u8": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recorded HLS playlist (RFC 8216 v7, fMP4 byte ranges) for a range; registers a playback */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    purpose?: string;
                    requestingUnit?: string;
                    caseNo?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recordings/files/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recorded fMP4 file, with HTTP Range support (206) for HLS byte ranges */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}/snapshot.jpg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** JPEG of the recorded keyframe nearest a time (decoded by ffmpeg, cached); registers a snapshot */
        get: {
            parameters: {
                query: {
                    at: string;
                    purpose?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The access register (views, playbacks, snapshots, exports) of cameras in your scope, newest first */
        get: {
            parameters: {
                query?: {
                    cameraId?: string;
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                time: string;
                                /** @enum {string} */
                                action: "view_live" | "playback" | "snapshot" | "export";
                                cameraId: string;
                                actor: {
                                    userId: string;
                                    displayName: string;
                                    orgId: string;
                                    orgName: string;
                                };
                                from: string | null;
                                to: string | null;
                                /** @description 事由 / 用途 */
                                purpose: string | null;
                                /** @description 去向 */
                                destination: string | null;
                                requestingUnit: string | null;
                                caseNo: string | null;
                                accessRequestId: string | null;
                                startedAt: string | null;
                                endedAt: string | null;
                                exportId: string | null;
                                /** @description everyone who took part; null: the actor alone */
                                accessorNames: string[] | null;
                                /** @description 录制人员 */
                                recordedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export evidence: footage.mp4 (no transcode), optionally a watermarked transcoded copy, signed manifest, public key, as a zip job */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cameraId: string;
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        purpose?: string;
                        destination?: string;
                        caseNo?: string;
                        requestingUnit?: string;
                        watermark?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            cameraId: string;
                            from: string;
                            to: string;
                            purpose: string;
                            destination: string;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            bytesDone: number;
                            bytesTotal: number;
                            zipBytes: number | null;
                            zipSha256: string | null;
                            footageSha256: string | null;
                            error: string | null;
                            createdBy: string;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An export job: status and bytes done/total */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            cameraId: string;
                            from: string;
                            to: string;
                            purpose: string;
                            destination: string;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            bytesDone: number;
                            bytesTotal: number;
                            zipBytes: number | null;
                            zipSha256: string | null;
                            footageSha256: string | null;
                            error: string | null;
                            createdBy: string;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The finished export package (zip) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}/live.ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live fMP4 over WebSocket for MSE: a JSON init message (mimeType, codecs, omitted tracks), the init segment, then one fragment per frame from the latest keyframe */
        get: {
            parameters: {
                query?: {
                    stream?: "main" | "sub";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}/live.m3u8": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live HLS media playlist (RFC 8216 v7, fMP4, ~1 s segments cut at keyframes); registers the view */
        get: {
            parameters: {
                query?: {
                    stream?: "main" | "sub";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cameras/{id}/live/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An init segment (init-N.mp4) or media segment (N.m4s) the live playlist names */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access requests you may see (your unit’s, your organ’s, routed to you, in your jurisdiction), newest first */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "approved" | "refused" | "revoked";
                    type?: "footage" | "direct_connection" | "citizen";
                    /** @description only pending requests routed to you */
                    awaitingMe?: "true" | "false";
                    /** @description only emergencies still awaiting approval */
                    emergencyUnapproved?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                type: "footage" | "direct_connection" | "citizen";
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "revoked";
                                requesterKind: string;
                                accessKind: string;
                                requestingOrg: {
                                    id: string;
                                    name: string;
                                } | null;
                                requestingUnit: string;
                                unitOrg: {
                                    id: string;
                                    name: string;
                                };
                                legalBasis: string | null;
                                purpose: string;
                                caseNo: string | null;
                                destination: string | null;
                                certificateRef: string | null;
                                items: {
                                    cameraId: string;
                                    cameraName: string;
                                    from: string | null;
                                    to: string | null;
                                }[];
                                officers: {
                                    userId: string;
                                    username: string;
                                    name: string;
                                    credentialKind: string;
                                    credentialNo: string;
                                }[];
                                citizen: {
                                    [key: string]: unknown;
                                } | null;
                                route: {
                                    article: string;
                                    profileId: string;
                                    approval: string;
                                    approvalZh: string;
                                    approveAfter: boolean;
                                    role: string | null;
                                    levels: string[] | null;
                                    organizations: {
                                        id: string;
                                        name: string;
                                        level: string | null;
                                    }[];
                                    approvers: {
                                        userId: string;
                                        displayName: string;
                                    }[];
                                };
                                persons: {
                                    minPersons: number;
                                    articles: string[];
                                    credentials: string[] | null;
                                    credentialArticles: string[];
                                };
                                emergency: boolean;
                                emergencyUnapproved: boolean;
                                active: boolean;
                                validFrom: string | null;
                                validUntil: string | null;
                                decision: {
                                    byUserId: string;
                                    byName: string;
                                    orgId: string | null;
                                    at: string;
                                    note: string | null;
                                } | null;
                                document: {
                                    number: string | null;
                                    issuer: string | null;
                                    date: string | null;
                                    scan: {
                                        sha256: string;
                                        bytes: number;
                                        contentType: string;
                                        filename: string | null;
                                    } | null;
                                } | null;
                                createdBy: string;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Request footage access (查阅/复制/调取), a direct connection, or record a citizen’s request; routed to the approver the jurisdiction’s profile names */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "footage";
                        /** @enum {string} */
                        requesterKind: "police" | "state_security" | "other_department" | "emergency";
                        /** @enum {string} */
                        accessKind: "view" | "copy" | "retrieve";
                        /** @description the law and article the organ acts under */
                        legalBasis: string;
                        /** @description 事由/用途 */
                        purpose: string;
                        caseNo?: string;
                        /** @description 去向 of copies; required for copy and retrieve */
                        destination?: string;
                        /** @description number of the organ’s own letter (本机关/单位证明文件) */
                        certificateRef?: string;
                        items: {
                            cameraId: string;
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                        }[];
                        officers: {
                            /** @description a psvis user of the requesting organ (police_officer or regulator) */
                            username: string;
                            /**
                             * @description 工作证件 (work_id) or 执法证件 (law_enforcement_id)
                             * @enum {string}
                             */
                            credentialKind: "work_id" | "law_enforcement_id";
                            credentialNo: string;
                        }[];
                        /**
                         * Format: date-time
                         * @description end of the grant asked for; the approver may shorten it
                         */
                        validUntil?: string;
                    } | {
                        /** @enum {string} */
                        type: "direct_connection";
                        /** @enum {string} */
                        requesterKind: "police" | "state_security";
                        legalBasis: string;
                        purpose: string;
                        caseNo?: string;
                        certificateRef?: string;
                        cameraIds: string[];
                        officers: {
                            /** @description a psvis user of the requesting organ (police_officer or regulator) */
                            username: string;
                            /**
                             * @description 工作证件 (work_id) or 执法证件 (law_enforcement_id)
                             * @enum {string}
                             */
                            credentialKind: "work_id" | "law_enforcement_id";
                            credentialNo: string;
                        }[];
                        /** Format: date-time */
                        validUntil?: string;
                    } | {
                        /** @enum {string} */
                        type: "citizen";
                        citizen: {
                            name: string;
                            /** @enum {string} */
                            idType: "resident_id" | "passport" | "other";
                            idNumber: string;
                            /** @enum {string} */
                            relation: "self" | "close_relative" | "guardian" | "carer" | "custodian";
                            /** @description the person in the footage, when not the citizen */
                            subjectName?: string;
                            /**
                             * @description 为保护生命健康 / 财产安全
                             * @enum {string}
                             */
                            reason: "life_health" | "property";
                            contact?: string;
                        };
                        purpose: string;
                        items: {
                            cameraId: string;
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                        }[];
                        /** Format: date-time */
                        validUntil?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "footage" | "direct_connection" | "citizen";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked";
                            requesterKind: string;
                            accessKind: string;
                            requestingOrg: {
                                id: string;
                                name: string;
                            } | null;
                            requestingUnit: string;
                            unitOrg: {
                                id: string;
                                name: string;
                            };
                            legalBasis: string | null;
                            purpose: string;
                            caseNo: string | null;
                            destination: string | null;
                            certificateRef: string | null;
                            items: {
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                            }[];
                            officers: {
                                userId: string;
                                username: string;
                                name: string;
                                credentialKind: string;
                                credentialNo: string;
                            }[];
                            citizen: {
                                [key: string]: unknown;
                            } | null;
                            route: {
                                article: string;
                                profileId: string;
                                approval: string;
                                approvalZh: string;
                                approveAfter: boolean;
                                role: string | null;
                                levels: string[] | null;
                                organizations: {
                                    id: string;
                                    name: string;
                                    level: string | null;
                                }[];
                                approvers: {
                                    userId: string;
                                    displayName: string;
                                }[];
                            };
                            persons: {
                                minPersons: number;
                                articles: string[];
                                credentials: string[] | null;
                                credentialArticles: string[];
                            };
                            emergency: boolean;
                            emergencyUnapproved: boolean;
                            active: boolean;
                            validFrom: string | null;
                            validUntil: string | null;
                            decision: {
                                byUserId: string;
                                byName: string;
                                orgId: string | null;
                                at: string;
                                note: string | null;
                            } | null;
                            document: {
                                number: string | null;
                                issuer: string | null;
                                date: string | null;
                                scan: {
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                } | null;
                            } | null;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One access request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "footage" | "direct_connection" | "citizen";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked";
                            requesterKind: string;
                            accessKind: string;
                            requestingOrg: {
                                id: string;
                                name: string;
                            } | null;
                            requestingUnit: string;
                            unitOrg: {
                                id: string;
                                name: string;
                            };
                            legalBasis: string | null;
                            purpose: string;
                            caseNo: string | null;
                            destination: string | null;
                            certificateRef: string | null;
                            items: {
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                            }[];
                            officers: {
                                userId: string;
                                username: string;
                                name: string;
                                credentialKind: string;
                                credentialNo: string;
                            }[];
                            citizen: {
                                [key: string]: unknown;
                            } | null;
                            route: {
                                article: string;
                                profileId: string;
                                approval: string;
                                approvalZh: string;
                                approveAfter: boolean;
                                role: string | null;
                                levels: string[] | null;
                                organizations: {
                                    id: string;
                                    name: string;
                                    level: string | null;
                                }[];
                                approvers: {
                                    userId: string;
                                    displayName: string;
                                }[];
                            };
                            persons: {
                                minPersons: number;
                                articles: string[];
                                credentials: string[] | null;
                                credentialArticles: string[];
                            };
                            emergency: boolean;
                            emergencyUnapproved: boolean;
                            active: boolean;
                            validFrom: string | null;
                            validUntil: string | null;
                            decision: {
                                byUserId: string;
                                byName: string;
                                orgId: string | null;
                                at: string;
                                note: string | null;
                            } | null;
                            document: {
                                number: string | null;
                                issuer: string | null;
                                date: string | null;
                                scan: {
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                } | null;
                            } | null;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an organ’s request with the approval document (批准文件); only the routed role and organ level may */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the approval document (批准文件) */
                        document: {
                            number: string;
                            issuer: string;
                            /** Format: date */
                            date: string;
                        };
                        /** Format: date-time */
                        validUntil?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "footage" | "direct_connection" | "citizen";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked";
                            requesterKind: string;
                            accessKind: string;
                            requestingOrg: {
                                id: string;
                                name: string;
                            } | null;
                            requestingUnit: string;
                            unitOrg: {
                                id: string;
                                name: string;
                            };
                            legalBasis: string | null;
                            purpose: string;
                            caseNo: string | null;
                            destination: string | null;
                            certificateRef: string | null;
                            items: {
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                            }[];
                            officers: {
                                userId: string;
                                username: string;
                                name: string;
                                credentialKind: string;
                                credentialNo: string;
                            }[];
                            citizen: {
                                [key: string]: unknown;
                            } | null;
                            route: {
                                article: string;
                                profileId: string;
                                approval: string;
                                approvalZh: string;
                                approveAfter: boolean;
                                role: string | null;
                                levels: string[] | null;
                                organizations: {
                                    id: string;
                                    name: string;
                                    level: string | null;
                                }[];
                                approvers: {
                                    userId: string;
                                    displayName: string;
                                }[];
                            };
                            persons: {
                                minPersons: number;
                                articles: string[];
                                credentials: string[] | null;
                                credentialArticles: string[];
                            };
                            emergency: boolean;
                            emergencyUnapproved: boolean;
                            active: boolean;
                            validFrom: string | null;
                            validUntil: string | null;
                            decision: {
                                byUserId: string;
                                byName: string;
                                orgId: string | null;
                                at: string;
                                note: string | null;
                            } | null;
                            document: {
                                number: string | null;
                                issuer: string | null;
                                date: string | null;
                                scan: {
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                } | null;
                            } | null;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The unit agrees to a citizen’s request (国家 第二十一条) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        validUntil?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "footage" | "direct_connection" | "citizen";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked";
                            requesterKind: string;
                            accessKind: string;
                            requestingOrg: {
                                id: string;
                                name: string;
                            } | null;
                            requestingUnit: string;
                            unitOrg: {
                                id: string;
                                name: string;
                            };
                            legalBasis: string | null;
                            purpose: string;
                            caseNo: string | null;
                            destination: string | null;
                            certificateRef: string | null;
                            items: {
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                            }[];
                            officers: {
                                userId: string;
                                username: string;
                                name: string;
                                credentialKind: string;
                                credentialNo: string;
                            }[];
                            citizen: {
                                [key: string]: unknown;
                            } | null;
                            route: {
                                article: string;
                                profileId: string;
                                approval: string;
                                approvalZh: string;
                                approveAfter: boolean;
                                role: string | null;
                                levels: string[] | null;
                                organizations: {
                                    id: string;
                                    name: string;
                                    level: string | null;
                                }[];
                                approvers: {
                                    userId: string;
                                    displayName: string;
                                }[];
                            };
                            persons: {
                                minPersons: number;
                                articles: string[];
                                credentials: string[] | null;
                                credentialArticles: string[];
                            };
                            emergency: boolean;
                            emergencyUnapproved: boolean;
                            active: boolean;
                            validFrom: string | null;
                            validUntil: string | null;
                            decision: {
                                byUserId: string;
                                byName: string;
                                orgId: string | null;
                                at: string;
                                note: string | null;
                            } | null;
                            document: {
                                number: string | null;
                                issuer: string | null;
                                date: string | null;
                                scan: {
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                } | null;
                            } | null;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a pending request, with reasons */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "footage" | "direct_connection" | "citizen";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked";
                            requesterKind: string;
                            accessKind: string;
                            requestingOrg: {
                                id: string;
                                name: string;
                            } | null;
                            requestingUnit: string;
                            unitOrg: {
                                id: string;
                                name: string;
                            };
                            legalBasis: string | null;
                            purpose: string;
                            caseNo: string | null;
                            destination: string | null;
                            certificateRef: string | null;
                            items: {
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                            }[];
                            officers: {
                                userId: string;
                                username: string;
                                name: string;
                                credentialKind: string;
                                credentialNo: string;
                            }[];
                            citizen: {
                                [key: string]: unknown;
                            } | null;
                            route: {
                                article: string;
                                profileId: string;
                                approval: string;
                                approvalZh: string;
                                approveAfter: boolean;
                                role: string | null;
                                levels: string[] | null;
                                organizations: {
                                    id: string;
                                    name: string;
                                    level: string | null;
                                }[];
                                approvers: {
                                    userId: string;
                                    displayName: string;
                                }[];
                            };
                            persons: {
                                minPersons: number;
                                articles: string[];
                                credentials: string[] | null;
                                credentialArticles: string[];
                            };
                            emergency: boolean;
                            emergencyUnapproved: boolean;
                            active: boolean;
                            validFrom: string | null;
                            validUntil: string | null;
                            decision: {
                                byUserId: string;
                                byName: string;
                                orgId: string | null;
                                at: string;
                                note: string | null;
                            } | null;
                            document: {
                                number: string | null;
                                issuer: string | null;
                                date: string | null;
                                scan: {
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                } | null;
                            } | null;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an approved grant early, with reasons */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "footage" | "direct_connection" | "citizen";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked";
                            requesterKind: string;
                            accessKind: string;
                            requestingOrg: {
                                id: string;
                                name: string;
                            } | null;
                            requestingUnit: string;
                            unitOrg: {
                                id: string;
                                name: string;
                            };
                            legalBasis: string | null;
                            purpose: string;
                            caseNo: string | null;
                            destination: string | null;
                            certificateRef: string | null;
                            items: {
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                            }[];
                            officers: {
                                userId: string;
                                username: string;
                                name: string;
                                credentialKind: string;
                                credentialNo: string;
                            }[];
                            citizen: {
                                [key: string]: unknown;
                            } | null;
                            route: {
                                article: string;
                                profileId: string;
                                approval: string;
                                approvalZh: string;
                                approveAfter: boolean;
                                role: string | null;
                                levels: string[] | null;
                                organizations: {
                                    id: string;
                                    name: string;
                                    level: string | null;
                                }[];
                                approvers: {
                                    userId: string;
                                    displayName: string;
                                }[];
                            };
                            persons: {
                                minPersons: number;
                                articles: string[];
                                credentials: string[] | null;
                                credentialArticles: string[];
                            };
                            emergency: boolean;
                            emergencyUnapproved: boolean;
                            active: boolean;
                            validFrom: string | null;
                            validUntil: string | null;
                            decision: {
                                byUserId: string;
                                byName: string;
                                orgId: string | null;
                                at: string;
                                note: string | null;
                            } | null;
                            document: {
                                number: string | null;
                                issuer: string | null;
                                date: string | null;
                                scan: {
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                } | null;
                            } | null;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/approval-document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval document’s scan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Upload the approval document’s scan (Content-Type application/pdf, image/jpeg or image/png; ?filename=); kept by its SHA-256 */
        put: {
            parameters: {
                query?: {
                    filename?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            type: "footage" | "direct_connection" | "citizen";
                            /** @enum {string} */
                            status: "pending" | "approved" | "refused" | "revoked";
                            requesterKind: string;
                            accessKind: string;
                            requestingOrg: {
                                id: string;
                                name: string;
                            } | null;
                            requestingUnit: string;
                            unitOrg: {
                                id: string;
                                name: string;
                            };
                            legalBasis: string | null;
                            purpose: string;
                            caseNo: string | null;
                            destination: string | null;
                            certificateRef: string | null;
                            items: {
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                            }[];
                            officers: {
                                userId: string;
                                username: string;
                                name: string;
                                credentialKind: string;
                                credentialNo: string;
                            }[];
                            citizen: {
                                [key: string]: unknown;
                            } | null;
                            route: {
                                article: string;
                                profileId: string;
                                approval: string;
                                approvalZh: string;
                                approveAfter: boolean;
                                role: string | null;
                                levels: string[] | null;
                                organizations: {
                                    id: string;
                                    name: string;
                                    level: string | null;
                                }[];
                                approvers: {
                                    userId: string;
                                    displayName: string;
                                }[];
                            };
                            persons: {
                                minPersons: number;
                                articles: string[];
                                credentials: string[] | null;
                                credentialArticles: string[];
                            };
                            emergency: boolean;
                            emergencyUnapproved: boolean;
                            active: boolean;
                            validFrom: string | null;
                            validUntil: string | null;
                            decision: {
                                byUserId: string;
                                byName: string;
                                orgId: string | null;
                                at: string;
                                note: string | null;
                            } | null;
                            document: {
                                number: string | null;
                                issuer: string | null;
                                date: string | null;
                                scan: {
                                    sha256: string;
                                    bytes: number;
                                    contentType: string;
                                    filename: string | null;
                                } | null;
                            } | null;
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/sittings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a sitting in this session: a named officer with the second officer’s password (or a unit handler with a citizen); footage opens only inside it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the second named officer confirms with their own password */
                        partner?: {
                            username: string;
                            password: string;
                        };
                        /** @description the unit’s staff member handing over the footage (录制人员) */
                        unitHandler?: string;
                        /** @description citizen requests: the unit checked the citizen’s identity */
                        identityChecked?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            requestId: string;
                            openedBy: string;
                            partnerUserId: string | null;
                            unitHandler: string | null;
                            openedAt: string;
                            expiresAt: string;
                            closedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/sittings/{sittingId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a sitting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sittingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            requestId: string;
                            openedBy: string;
                            partnerUserId: string | null;
                            unitHandler: string | null;
                            openedAt: string;
                            expiresAt: string;
                            closedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-requests/{id}/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The access register of one request (every view and copy under it) with the fields its jurisdiction names, for the printed register form */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            request: {
                                id: string;
                                /** @enum {string} */
                                type: "footage" | "direct_connection" | "citizen";
                                /** @enum {string} */
                                status: "pending" | "approved" | "refused" | "revoked";
                                requesterKind: string;
                                accessKind: string;
                                requestingOrg: {
                                    id: string;
                                    name: string;
                                } | null;
                                requestingUnit: string;
                                unitOrg: {
                                    id: string;
                                    name: string;
                                };
                                legalBasis: string | null;
                                purpose: string;
                                caseNo: string | null;
                                destination: string | null;
                                certificateRef: string | null;
                                items: {
                                    cameraId: string;
                                    cameraName: string;
                                    from: string | null;
                                    to: string | null;
                                }[];
                                officers: {
                                    userId: string;
                                    username: string;
                                    name: string;
                                    credentialKind: string;
                                    credentialNo: string;
                                }[];
                                citizen: {
                                    [key: string]: unknown;
                                } | null;
                                route: {
                                    article: string;
                                    profileId: string;
                                    approval: string;
                                    approvalZh: string;
                                    approveAfter: boolean;
                                    role: string | null;
                                    levels: string[] | null;
                                    organizations: {
                                        id: string;
                                        name: string;
                                        level: string | null;
                                    }[];
                                    approvers: {
                                        userId: string;
                                        displayName: string;
                                    }[];
                                };
                                persons: {
                                    minPersons: number;
                                    articles: string[];
                                    credentials: string[] | null;
                                    credentialArticles: string[];
                                };
                                emergency: boolean;
                                emergencyUnapproved: boolean;
                                active: boolean;
                                validFrom: string | null;
                                validUntil: string | null;
                                decision: {
                                    byUserId: string;
                                    byName: string;
                                    orgId: string | null;
                                    at: string;
                                    note: string | null;
                                } | null;
                                document: {
                                    number: string | null;
                                    issuer: string | null;
                                    date: string | null;
                                    scan: {
                                        sha256: string;
                                        bytes: number;
                                        contentType: string;
                                        filename: string | null;
                                    } | null;
                                } | null;
                                createdBy: string;
                                createdAt: string;
                                updatedAt: string;
                            };
                            fields: {
                                field: string;
                                labelZh: string;
                                articles: string[];
                            }[];
                            rows: {
                                id: string;
                                time: string;
                                action: string;
                                cameraId: string;
                                cameraName: string;
                                from: string | null;
                                to: string | null;
                                actor: {
                                    userId: string;
                                    displayName: string;
                                    orgName: string;
                                };
                                accessorNames: string[];
                                requestingUnit: string | null;
                                caseNo: string | null;
                                purpose: string | null;
                                destination: string | null;
                                recordedBy: string | null;
                                exportId: string | null;
                                startedAt: string | null;
                                endedAt: string | null;
                                values: {
                                    [key: string]: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/systems/{id}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a filing (备案) of a system — first, change, removal or pre-existing — filled from the registry: unit, locations, camera count, types and point list, retention (unit_manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "first" | "change" | "removal" | "pre_existing";
                        /**
                         * @description online 网上平台, letter 信函, telex 电传, fax 传真, edi 电子数据交换, email 电子邮件, in_person 当面递交
                         * @enum {string}
                         */
                        channel?: "online" | "letter" | "telex" | "fax" | "edi" | "email" | "in_person";
                        /** @description change filings: what changed (cameras added or removed, moved) */
                        changeSummary?: string;
                        /**
                         * Format: date
                         * @description removal filings: the day the system is (to be) removed
                         */
                        removalDate?: string;
                        removalReason?: string;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One filing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Discard a draft never submitted */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a draft or returned filing; the registry’s facts are filled again */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description online 网上平台, letter 信函, telex 电传, fax 传真, edi 电子数据交换, email 电子邮件, in_person 当面递交
                         * @enum {string}
                         */
                        channel?: "online" | "letter" | "telex" | "fax" | "edi" | "email" | "in_person";
                        /** @description change filings: what changed (cameras added or removed, moved) */
                        changeSummary?: string;
                        /**
                         * Format: date
                         * @description removal filings: the day the system is (to be) removed
                         */
                        removalDate?: string;
                        removalReason?: string;
                        notes?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/filings/{id}/materials/{materialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A material of a filing */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    materialId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Take a material off a draft or returned filing */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    materialId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (or resubmit) a filing to the police office the jurisdiction’s profile names; refused without the materials or by a channel the texts do not name (PSVIS_ERR_FILING_MATERIALS, PSVIS_ERR_FILING_CHANNEL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description online 网上平台, letter 信函, telex 电传, fax 传真, edi 电子数据交换, email 电子邮件, in_person 当面递交
                         * @enum {string}
                         */
                        channel?: "online" | "letter" | "telex" | "fax" | "edi" | "email" | "in_person";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving police office records receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/site-visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving police office schedules the site visit (安徽 第十三条第二款: within 30 days of receipt, PSVIS_ERR_FILING_VISIT_DEADLINE) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (Beijing date)
                         */
                        plannedFor: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/site-visit/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving police office records the site visit (实地查看、指导) and what it found */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD (Beijing date)
                         */
                        visitedAt: string;
                        notes: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving police office accepts a received filing (备案编号 optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 备案编号 the police give */
                        reference?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving police office returns a filing with reasons; the unit corrects and resubmits it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description what to correct */
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports of units in your scope, newest first; overdue=true keeps those the police have not handled in time (安徽 第二十七条(五)) */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    cameraId?: string;
                    status?: "reported" | "acknowledged" | "handled";
                    /** @description only reports the police have not handled within governance.reportOverdueHours (安徽 第二十七条(五)) */
                    overdue?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                orgName: string;
                                cameraId: string;
                                cameraName: string;
                                /** @enum {string} */
                                source: "live" | "playback";
                                occurredAt: string;
                                description: string;
                                /** @enum {string} */
                                status: "reported" | "acknowledged" | "handled";
                                reportedBy: string;
                                reportedByName: string;
                                reportedAt: string;
                                police: {
                                    orgId: string;
                                    name: string;
                                }[];
                                regulators: {
                                    orgId: string;
                                    name: string;
                                }[];
                                /** @description the reporting articles in force and whom they name */
                                basis: {
                                    article: string;
                                    to: string[];
                                    handlingArticle: string | null;
                                }[];
                                /** @description the clip held for the report */
                                hold: {
                                    id: string;
                                    from: string;
                                    to: string;
                                    until: string | null;
                                    releasedAt: string | null;
                                } | null;
                                acknowledgedBy: string | null;
                                acknowledgedAt: string | null;
                                handledBy: string | null;
                                handledAt: string | null;
                                /** @description handled by then, or listed as overdue */
                                dueBy: string;
                                overdue: boolean;
                                notes: {
                                    at: string;
                                    userName: string;
                                    orgId: string;
                                    status: string | null;
                                    note: string;
                                }[];
                                updatedAt: string;
                            }[];
                            overdueAfterHours: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Report suspicious information seen on a camera (unit_operator, unit_manager) to the police and, where the profile says so, the industry regulator; the two minutes either side are held as a case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cameraId: string;
                        /**
                         * Format: date-time
                         * @description when it was seen (live: now; playback: the footage time)
                         */
                        occurredAt: string;
                        /** @enum {string} */
                        source: "live" | "playback";
                        /** @description what was seen */
                        description: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            cameraId: string;
                            cameraName: string;
                            /** @enum {string} */
                            source: "live" | "playback";
                            occurredAt: string;
                            description: string;
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "handled";
                            reportedBy: string;
                            reportedByName: string;
                            reportedAt: string;
                            police: {
                                orgId: string;
                                name: string;
                            }[];
                            regulators: {
                                orgId: string;
                                name: string;
                            }[];
                            /** @description the reporting articles in force and whom they name */
                            basis: {
                                article: string;
                                to: string[];
                                handlingArticle: string | null;
                            }[];
                            /** @description the clip held for the report */
                            hold: {
                                id: string;
                                from: string;
                                to: string;
                                until: string | null;
                                releasedAt: string | null;
                            } | null;
                            acknowledgedBy: string | null;
                            acknowledgedAt: string | null;
                            handledBy: string | null;
                            handledAt: string | null;
                            /** @description handled by then, or listed as overdue */
                            dueBy: string;
                            overdue: boolean;
                            notes: {
                                at: string;
                                userName: string;
                                orgId: string;
                                status: string | null;
                                note: string;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            cameraId: string;
                            cameraName: string;
                            /** @enum {string} */
                            source: "live" | "playback";
                            occurredAt: string;
                            description: string;
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "handled";
                            reportedBy: string;
                            reportedByName: string;
                            reportedAt: string;
                            police: {
                                orgId: string;
                                name: string;
                            }[];
                            regulators: {
                                orgId: string;
                                name: string;
                            }[];
                            /** @description the reporting articles in force and whom they name */
                            basis: {
                                article: string;
                                to: string[];
                                handlingArticle: string | null;
                            }[];
                            /** @description the clip held for the report */
                            hold: {
                                id: string;
                                from: string;
                                to: string;
                                until: string | null;
                                releasedAt: string | null;
                            } | null;
                            acknowledgedBy: string | null;
                            acknowledgedAt: string | null;
                            handledBy: string | null;
                            handledAt: string | null;
                            /** @description handled by then, or listed as overdue */
                            dueBy: string;
                            overdue: boolean;
                            notes: {
                                at: string;
                                userName: string;
                                orgId: string;
                                status: string | null;
                                note: string;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A police office the report went to acknowledges it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            cameraId: string;
                            cameraName: string;
                            /** @enum {string} */
                            source: "live" | "playback";
                            occurredAt: string;
                            description: string;
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "handled";
                            reportedBy: string;
                            reportedByName: string;
                            reportedAt: string;
                            police: {
                                orgId: string;
                                name: string;
                            }[];
                            regulators: {
                                orgId: string;
                                name: string;
                            }[];
                            /** @description the reporting articles in force and whom they name */
                            basis: {
                                article: string;
                                to: string[];
                                handlingArticle: string | null;
                            }[];
                            /** @description the clip held for the report */
                            hold: {
                                id: string;
                                from: string;
                                to: string;
                                until: string | null;
                                releasedAt: string | null;
                            } | null;
                            acknowledgedBy: string | null;
                            acknowledgedAt: string | null;
                            handledBy: string | null;
                            handledAt: string | null;
                            /** @description handled by then, or listed as overdue */
                            dueBy: string;
                            overdue: boolean;
                            notes: {
                                at: string;
                                userName: string;
                                orgId: string;
                                status: string | null;
                                note: string;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/handle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A police office the report went to records how it handled it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            cameraId: string;
                            cameraName: string;
                            /** @enum {string} */
                            source: "live" | "playback";
                            occurredAt: string;
                            description: string;
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "handled";
                            reportedBy: string;
                            reportedByName: string;
                            reportedAt: string;
                            police: {
                                orgId: string;
                                name: string;
                            }[];
                            regulators: {
                                orgId: string;
                                name: string;
                            }[];
                            /** @description the reporting articles in force and whom they name */
                            basis: {
                                article: string;
                                to: string[];
                                handlingArticle: string | null;
                            }[];
                            /** @description the clip held for the report */
                            hold: {
                                id: string;
                                from: string;
                                to: string;
                                until: string | null;
                                releasedAt: string | null;
                            } | null;
                            acknowledgedBy: string | null;
                            acknowledgedAt: string | null;
                            handledBy: string | null;
                            handledAt: string | null;
                            /** @description handled by then, or listed as overdue */
                            dueBy: string;
                            overdue: boolean;
                            notes: {
                                at: string;
                                userName: string;
                                orgId: string;
                                status: string | null;
                                note: string;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note: the reporting unit (more of what it saw) or a police office the report went to */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            cameraId: string;
                            cameraName: string;
                            /** @enum {string} */
                            source: "live" | "playback";
                            occurredAt: string;
                            description: string;
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "handled";
                            reportedBy: string;
                            reportedByName: string;
                            reportedAt: string;
                            police: {
                                orgId: string;
                                name: string;
                            }[];
                            regulators: {
                                orgId: string;
                                name: string;
                            }[];
                            /** @description the reporting articles in force and whom they name */
                            basis: {
                                article: string;
                                to: string[];
                                handlingArticle: string | null;
                            }[];
                            /** @description the clip held for the report */
                            hold: {
                                id: string;
                                from: string;
                                to: string;
                                until: string | null;
                                releasedAt: string | null;
                            } | null;
                            acknowledgedBy: string | null;
                            acknowledgedAt: string | null;
                            handledBy: string | null;
                            handledAt: string | null;
                            /** @description handled by then, or listed as overdue */
                            dueBy: string;
                            overdue: boolean;
                            notes: {
                                at: string;
                                userName: string;
                                orgId: string;
                                status: string | null;
                                note: string;
                            }[];
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duty logs of organizations in your scope, latest shift first (shifts overlapping from–to) */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                siteId: string | null;
                                staff: string[];
                                from: string;
                                to: string;
                                notes: string | null;
                                events: {
                                    at: string;
                                    text: string;
                                    cameraId?: string;
                                    reportId?: string;
                                }[];
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Log a duty shift of the monitoring staff (值班记录): who, from when to when, what happened */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description defaults to the caller's organization */
                        orgId?: string;
                        /** @description the monitoring room’s site */
                        siteId?: string;
                        /** @description who was on duty (值班人员) */
                        staff: string[];
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        notes?: string;
                        /**
                         * @description what happened during the shift
                         * @default []
                         */
                        events?: {
                            /** Format: date-time */
                            at: string;
                            text: string;
                            cameraId?: string;
                            reportId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            siteId: string | null;
                            staff: string[];
                            from: string;
                            to: string;
                            notes: string | null;
                            events: {
                                at: string;
                                text: string;
                                cameraId?: string;
                                reportId?: string;
                            }[];
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fault-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fault tickets of organizations in your scope, newest first */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    cameraId?: string;
                    state?: "open" | "repaired";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                cameraId: string;
                                cameraName: string;
                                description: string;
                                /** @enum {string} */
                                state: "open" | "repaired";
                                openedAt: string;
                                openedBy: string;
                                temporaryMeasure: string | null;
                                repairedAt: string | null;
                                repairedBy: string | null;
                                repairNote: string | null;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a fault ticket for a camera */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cameraId: string;
                        description: string;
                        /**
                         * Format: date-time
                         * @description when the fault was found; default now
                         */
                        openedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            cameraId: string;
                            cameraName: string;
                            description: string;
                            /** @enum {string} */
                            state: "open" | "repaired";
                            openedAt: string;
                            openedBy: string;
                            temporaryMeasure: string | null;
                            repairedAt: string | null;
                            repairedBy: string | null;
                            repairNote: string | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fault-tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fault ticket */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            cameraId: string;
                            cameraName: string;
                            description: string;
                            /** @enum {string} */
                            state: "open" | "repaired";
                            openedAt: string;
                            openedBy: string;
                            temporaryMeasure: string | null;
                            repairedAt: string | null;
                            repairedBy: string | null;
                            repairNote: string | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fault-tickets/{id}/measure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Note the temporary measure while an open fault waits for repair (青岛 第十九条(三)) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        temporaryMeasure: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            cameraId: string;
                            cameraName: string;
                            description: string;
                            /** @enum {string} */
                            state: "open" | "repaired";
                            openedAt: string;
                            openedBy: string;
                            temporaryMeasure: string | null;
                            repairedAt: string | null;
                            repairedBy: string | null;
                            repairNote: string | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fault-tickets/{id}/repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the repair of an open fault (a maintenance record of kind repair goes with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        repairedAt: string;
                        /** @description what was done */
                        note: string;
                        /** @description who repaired it; default the caller */
                        performedBy?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            cameraId: string;
                            cameraName: string;
                            description: string;
                            /** @enum {string} */
                            state: "open" | "repaired";
                            openedAt: string;
                            openedBy: string;
                            temporaryMeasure: string | null;
                            repairedAt: string | null;
                            repairedBy: string | null;
                            repairNote: string | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance records of organizations in your scope, latest first */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    systemId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                systemId: string;
                                cameraId: string | null;
                                faultTicketId: string | null;
                                /** @enum {string} */
                                kind: "periodic_check" | "repair" | "upgrade" | "other";
                                performedAt: string;
                                performedBy: string;
                                description: string;
                                agreementId: string | null;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record maintenance of a system: periodic check, repair, upgrade */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        systemId: string;
                        cameraId?: string;
                        /** @enum {string} */
                        kind: "periodic_check" | "repair" | "upgrade" | "other";
                        /** Format: date-time */
                        performedAt: string;
                        performedBy: string;
                        description: string;
                        /** @description the outsourcing agreement it was done under */
                        agreementId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            systemId: string;
                            cameraId: string | null;
                            faultTicketId: string | null;
                            /** @enum {string} */
                            kind: "periodic_check" | "repair" | "upgrade" | "other";
                            performedAt: string;
                            performedBy: string;
                            description: string;
                            agreementId: string | null;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outsourcing-agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outsourcing agreements of organizations in your scope, newest first */
        get: {
            parameters: {
                query?: {
                    orgId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                orgId: string;
                                /** @enum {string} */
                                kind: "maintenance" | "operation" | "maintenance_and_operation";
                                contractorName: string;
                                contractorOrgId: string | null;
                                reference: string;
                                signedAt: string;
                                validFrom: string;
                                validUntil: string | null;
                                systemIds: string[];
                                clauses: ("safe_operation" | "network_security" | "data_security" | "personal_information" | "confidentiality")[];
                                clauseText: string | null;
                                terminatedAt: string | null;
                                createdBy: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record an outsourced maintenance or operation agreement; refused without the clauses the articles in force ask for (国家 第十五条第二款: 安全保密; PSVIS_ERR_AGREEMENT_CLAUSES) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "maintenance" | "operation" | "maintenance_and_operation";
                        contractorName: string;
                        contractorOrgId?: string;
                        /** @description 协议编号 */
                        reference: string;
                        /** Format: date */
                        signedAt: string;
                        /** Format: date */
                        validFrom: string;
                        /** Format: date */
                        validUntil?: string;
                        systemIds: string[];
                        /** @description what the agreement binds the contractor to; 国家 第十五条第二款 asks for the security and confidentiality ones */
                        clauses: ("safe_operation" | "network_security" | "data_security" | "personal_information" | "confidentiality")[];
                        /** @description the clauses’ wording or where they stand in the agreement */
                        clauseText?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            /** @enum {string} */
                            kind: "maintenance" | "operation" | "maintenance_and_operation";
                            contractorName: string;
                            contractorOrgId: string | null;
                            reference: string;
                            signedAt: string;
                            validFrom: string;
                            validUntil: string | null;
                            systemIds: string[];
                            clauses: ("safe_operation" | "network_security" | "data_security" | "personal_information" | "confidentiality")[];
                            clauseText: string | null;
                            terminatedAt: string | null;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outsourcing-agreements/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End an agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        terminatedAt: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            /** @enum {string} */
                            kind: "maintenance" | "operation" | "maintenance_and_operation";
                            contractorName: string;
                            contractorOrgId: string | null;
                            reference: string;
                            signedAt: string;
                            validFrom: string;
                            validUntil: string | null;
                            systemIds: string[];
                            clauses: ("safe_operation" | "network_security" | "data_security" | "personal_information" | "confidentiality")[];
                            clauseText: string | null;
                            terminatedAt: string | null;
                            createdBy: string;
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events, newest first (admin, auditor) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description cursor: events with a smaller seq */
                    beforeSeq?: number;
                    actorUserId?: string;
                    /** @description exact action, or a prefix ending in a dot (registry.) */
                    action?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                time: string;
                                actorUserId: string | null;
                                actorOrgId: string | null;
                                action: string;
                                targetType: string | null;
                                targetId: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                            }[];
                            nextBeforeSeq: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute the audit chain and checkpoint signatures (admin, auditor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            events: number;
                            checkpoints: number;
                            lastSeq: number;
                            firstBrokenSeq: number | null;
                            problems: {
                                seq: number;
                                kind: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cameras, recording gaps, availability, storage forecast and findings in your scope (首页) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            generatedAt: string;
                            cameras: {
                                total: number;
                                online: number;
                                faulty: number;
                                offline: number;
                                disabled: number;
                            };
                            gapsToday: {
                                count: number;
                                byCause: {
                                    [key: string]: number;
                                };
                                totalMs: number;
                            };
                            availability: {
                                day: string;
                                expectedMs: number;
                                missingMs: number;
                                ratio: number | null;
                            }[];
                            storage: {
                                path: string;
                                totalBytes: number;
                                freeBytes: number;
                                storedBytes: number;
                                bytesPerDay: number;
                                daysThatFit: number | null;
                                floorDays: number;
                                floorArticle: string | null;
                                warning: boolean;
                            }[];
                            findings: {
                                violated: number;
                                overdue: number;
                                due: number;
                                needs_evidence: number;
                                top: {
                                    orgName: string;
                                    ruleId: string;
                                    article: string;
                                    titleZh: string;
                                    titleEn: string;
                                    /** @enum {string} */
                                    state: "violated" | "overdue" | "due" | "needs_evidence";
                                    dueDate: string | null;
                                }[];
                            };
                            recentAudit: {
                                seq: number;
                                time: string;
                                actorUserId: string | null;
                                actorName: string | null;
                                action: string;
                                targetType: string | null;
                                targetId: string | null;
                            }[] | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/filings/{id}/materials/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Attach a material (设计方案 design_plan, 技术检测 technical_test, 验收材料 acceptance, 图纸 drawings, 建设方案 construction_plan, 点位分布 point_distribution, 拆除情况说明 removal_statement) as the request body (Content-Type application/pdf, image/jpeg, image/png, application/zip or .docx; ?filename=); kept by its SHA-256 */
        put: {
            parameters: {
                query?: {
                    filename?: string;
                };
                header?: never;
                path: {
                    id: string;
                    kind: "design_plan" | "technical_test" | "acceptance" | "drawings" | "construction_plan" | "point_distribution" | "removal_statement";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            orgId: string;
                            orgName: string;
                            systemId: string;
                            systemName: string;
                            /** @enum {string} */
                            kind: "first" | "change" | "removal" | "pre_existing";
                            /** @enum {string} */
                            status: "draft" | "submitted" | "received" | "accepted" | "returned";
                            channel: string | null;
                            channelZh: string | null;
                            reference: string | null;
                            changeSummary: string | null;
                            removalDate: string | null;
                            removalReason: string | null;
                            notes: string | null;
                            /** @description null for filings recorded before the workflow */
                            content: {
                                unit: {
                                    id: string;
                                    name: string;
                                    creditCode: string | null;
                                    address: string | null;
                                    contactName: string | null;
                                    contactPhone: string | null;
                                    isGovernment: boolean;
                                    jurisdiction: string;
                                };
                                system: {
                                    id: string;
                                    name: string;
                                    lifecycle: string;
                                    builderName: string | null;
                                    maintainerName: string | null;
                                    governmentBuilt: boolean;
                                    acceptedAt: string | null;
                                    inUseAt: string | null;
                                    removedAt: string | null;
                                    changedAt: string | null;
                                    maintenanceAgreementRef: string | null;
                                };
                                sites: {
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    placeCategory: string;
                                    placeZh: string;
                                    isPublic: boolean;
                                }[];
                                cameras: {
                                    total: number;
                                    important: number;
                                    signage: number;
                                    byType: {
                                        typeZh: string;
                                        count: number;
                                    }[];
                                    byLocation: {
                                        code: string;
                                        nameZh: string;
                                        count: number;
                                    }[];
                                };
                                /** @description 点位分布 */
                                points: {
                                    seq: number;
                                    cameraId: string;
                                    name: string;
                                    deviceId: string;
                                    typeZh: string;
                                    siteName: string;
                                    locationCategory: string;
                                    locationZh: string;
                                    latitude: number | null;
                                    longitude: number | null;
                                    directionDeg: number | null;
                                    important: boolean;
                                    signage: boolean;
                                    retentionDays: number | null;
                                }[];
                                retention: {
                                    floorDays: number;
                                    articles: string[];
                                };
                            } | null;
                            filledAt: string | null;
                            terms: {
                                articles: string[];
                                materials: {
                                    code: string;
                                    nameZh: string;
                                    articles: string[];
                                    /** @description psvis draws it up from the registry (the point list) */
                                    generated: boolean;
                                    provided: boolean;
                                }[];
                                channels: {
                                    allowed: string[] | null;
                                    articles: string[];
                                };
                                recipient: {
                                    levels: string[] | null;
                                    nameZh: string | null;
                                    article: string | null;
                                    originalOffice: boolean;
                                };
                            };
                            materials: {
                                id: string;
                                kind: string;
                                nameZh: string;
                                sha256: string;
                                bytes: number;
                                contentType: string;
                                filename: string | null;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                            recipient: {
                                orgId: string;
                                name: string;
                            } | null;
                            submittedAt: string | null;
                            submissions: number;
                            receivedAt: string | null;
                            /** @description the compliance engine’s findings on the duty this filing meets */
                            deadline: {
                                findings: {
                                    ruleId: string;
                                    article: string;
                                    state: string;
                                    dueDate: string | null;
                                    noteZh: string | null;
                                }[];
                                overdue: boolean;
                            };
                            /** @description 安徽 第十三条第二款: the police visit the site within 30 days of receipt */
                            siteVisit: {
                                article: string | null;
                                days: number | null;
                                dueDate: string | null;
                                plannedFor: string | null;
                                visitedAt: string | null;
                                notes: string | null;
                                overdue: boolean;
                            };
                            /** @description removals under 安徽 第十五条: notice at least 10 days before */
                            notice: {
                                article: string;
                                daysBefore: number;
                                latestDate: string | null;
                                givenAt: string | null;
                                inTime: boolean | null;
                            } | null;
                            decision: {
                                at: string;
                                by: string;
                                note: string | null;
                            } | null;
                            events: {
                                action: string;
                                at: string;
                                userName: string;
                                orgId: string;
                                note: string | null;
                            }[];
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
