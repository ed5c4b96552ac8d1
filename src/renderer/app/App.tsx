// Routes of the app, all in the hash (`#/lesson/<id>`), inside the window layout.
import { Route, Router, Switch, useSearch } from 'wouter';
import { hashHref, useHashPath, useHashSearch } from '../navigation/hashLocation';
import { ItemPage } from '../features/library/ItemPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { LessonPage } from '../features/lesson/LessonPage';
import { JournalEditorPage } from '../features/journal/JournalEditorPage';
import { JournalEntryPage } from '../features/journal/JournalEntryPage';
import { JournalListPage } from '../features/journal/JournalListPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <Router hook={useHashPath} searchHook={useHashSearch} hrefs={hashHref}>
      <AppShell>
        <Switch>
          <Route path="/" component={LibraryPage} />
          <Route path="/library" component={LibraryPage} />
          <Route path="/item/:id">{(params) => <ItemPage key={params.id} id={params.id} />}</Route>
          <Route path="/lesson/:id">{(params) => <LessonPage key={params.id} id={params.id} />}</Route>
          <Route path="/journal" component={JournalListPage} />
          <Route path="/journal/new" component={NewEntryRoute} />
          <Route path="/journal/:id/edit">{(params) => <JournalEditorPage key={params.id} id={params.id} />}</Route>
          <Route path="/journal/:id">{(params) => <JournalEntryPage key={params.id} id={params.id} />}</Route>
          <Route component={NotFoundPage} />
        </Switch>
      </AppShell>
    </Router>
  );
}

/** A new entry starts fresh for each `?lesson=` it is opened with. */
function NewEntryRoute() {
  const search = useSearch();
  return <JournalEditorPage key={`new?${search}`} />;
}
