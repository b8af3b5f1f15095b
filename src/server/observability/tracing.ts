/**
 * OpenTelemetry traces of HTTP, Express, GraphQL and pg, exported over OTLP/HTTP, only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set (the SDK reads it and the other OTEL_* variables itself).
 * Imported first by main.ts: the instrumentations patch modules as they are loaded.
 */
import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { loadConfig } from '../../config';

function startTracing(): NodeSDK | undefined {
  if (!loadConfig().OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const sdk = new NodeSDK({
    serviceName: 'lotse', // OTEL_SERVICE_NAME overrides it
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation(),
      new ExpressInstrumentation(),
      // Field values and variables stay out of spans: they can be personal data.
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true }),
      // Statement text without parameter values.
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return sdk;
}

export const tracing = startTracing();
