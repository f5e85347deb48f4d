import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';

/** The top of an evaluation's work page: back to the overview, the title, the read-only notice. */
export function PageHeader(props: {
  evaluationId: string;
  backLabel: string;
  /** The heading; user text in it (a kommun's name) in `<bdi>`. */
  title: JSX.Element;
  readOnly: boolean;
  readOnlyText: string;
}) {
  return (
    <>
      <p class="breadcrumb">
        <A href={`/evaluations/${props.evaluationId}`}>{props.backLabel}</A>
      </p>
      <h1>{props.title}</h1>
      <Show when={props.readOnly}>
        <p class="notice" role="note" data-testid="read-only">
          {props.readOnlyText}
        </p>
      </Show>
    </>
  );
}
