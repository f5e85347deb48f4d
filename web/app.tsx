import { Navigate, Route, Router, useNavigate } from '@solidjs/router';
import { ErrorBoundary, type JSX, lazy, onMount, Show, Suspense } from 'solid-js';
import { Conflicts } from './components/conflicts';
import { Layout } from './components/layout';
import { autosave, startAutosave } from './lib/autosave-context';
import { t } from './lib/common.i18n';
import { conflictFields, conflictSubject } from './lib/conflict-fields';
import { errorText } from './lib/error-text';
import { prefetchEvaluation } from './lib/evaluation-data';
import { me } from './lib/session';

// Each page is its own chunk: the scoring page loads no chart code.
const Login = lazy(() => import('./pages/login'));
const ForgotPassword = lazy(() => import('./pages/forgot-password'));
const SetPassword = lazy(() => import('./pages/set-password'));
const EvaluationsList = lazy(() => import('./pages/evaluations-list'));
const EvaluationOverview = lazy(() => import('./pages/evaluation-overview'));
const Scoring = lazy(() => import('./pages/scoring'));
const Evidence = lazy(() => import('./pages/evidence'));
const Consensus = lazy(() => import('./pages/consensus'));
const AreaTexts = lazy(() => import('./pages/area-texts'));
const Users = lazy(() => import('./pages/users'));
const Rubrics = lazy(() => import('./pages/rubrics'));
const Compare = lazy(() => import('./pages/compare'));
const Plan = lazy(() => import('./pages/plan'));
const Report = lazy(() => import('./pages/report'));
const Documents = lazy(() => import('./pages/documents'));
const DocumentReader = lazy(() => import('./pages/document-reader'));
const Account = lazy(() => import('./pages/account'));
const ReportTexts = lazy(() => import('./pages/report-texts'));
const KommunPart = lazy(() => import('./pages/kommun-part'));

/** Pages behind the login: a logged-out user is sent to /login. */
function Protected(props: { children?: JSX.Element }) {
  const navigate = useNavigate();
  return (
    <Show when={!me.loading} fallback={<p>{t('loading')}</p>}>
      <Show when={me()} fallback={<RedirectToLogin navigate={navigate} />}>
        {props.children}
      </Show>
    </Show>
  );
}

/**
 * A page behind the login as a route component. It carries the lazy page's `preload`, which the
 * router calls when the route matches (and on hovering a link to it), so the page's code loads
 * while the session is still being checked instead of after.
 */
function behindLogin(Page: ReturnType<typeof lazy>) {
  return Object.assign(
    () => (
      <Protected>
        <Page />
      </Protected>
    ),
    { preload: Page.preload },
  );
}

/** The pages of one evaluation, by their path under /evaluations/:id. */
const EVALUATION_PAGES: [string, ReturnType<typeof lazy>][] = [
  ['', EvaluationOverview],
  ['/scoring/:area?', Scoring],
  ['/evidence', Evidence],
  ['/consensus', Consensus],
  ['/texts', AreaTexts],
  ['/compare', Compare],
  ['/report', Report],
  ['/plan', Plan],
  ['/documents', Documents],
  ['/documents/:documentId', DocumentReader],
];

/** Route preload of the pages of one evaluation: its summary and rubric start loading at once. */
const evaluationPreload = ({ params }: { params: { id?: string } }) => {
  if (params.id) prefetchEvaluation(params.id);
};

function RedirectToLogin(props: { navigate: ReturnType<typeof useNavigate> }) {
  onMount(() => props.navigate('/login', { replace: true }));
  return null;
}

function Shell(props: { children?: JSX.Element }) {
  onMount(() => startAutosave(() => t('unsentWarning')));
  return (
    <Layout>
      <ErrorBoundary
        fallback={(error, reset) => (
          <section role="alert" class="error-panel">
            <h1>{t('errorTitle')}</h1>
            <p>{errorText(error)}</p>
            <button type="button" onClick={reset}>
              {t('retry')}
            </button>
          </section>
        )}
      >
        <Suspense fallback={<p>{t('loading')}</p>}>{props.children}</Suspense>
      </ErrorBoundary>
      <Conflicts autosave={autosave} fields={conflictFields} subject={conflictSubject} />
    </Layout>
  );
}

export function App() {
  return (
    <Router root={Shell}>
      <Route path="/login" component={Login} />
      <Route path="/forgot-password" component={ForgotPassword} />
      <Route path="/set-password" component={SetPassword} />
      <Route path="/" component={() => <Navigate href="/evaluations" />} />
      <Route path="/evaluations" component={behindLogin(EvaluationsList)} />
      {EVALUATION_PAGES.map(([subpath, Page]) => (
        <Route
          path={`/evaluations/:id${subpath}`}
          component={behindLogin(Page)}
          preload={evaluationPreload}
        />
      ))}
      {/* Outside EVALUATION_PAGES: a contact may not read the evaluation's summary it preloads. */}
      <Route path="/evaluations/:id/kommun" component={behindLogin(KommunPart)} />
      <Route path="/users" component={behindLogin(Users)} />
      <Route path="/account" component={behindLogin(Account)} />
      <Route path="/report-texts" component={behindLogin(ReportTexts)} />
      <Route path="/rubrics" component={behindLogin(Rubrics)} />
      <Route path="*" component={() => <p>{t('notFound')}</p>} />
    </Router>
  );
}
