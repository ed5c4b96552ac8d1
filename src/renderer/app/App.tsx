// Routes of the app, all in the hash (`#/lesson/<id>`), inside the window layout, under the one
// player (so listening goes on from page to page).
import { Route, Router, Switch, useSearch } from 'wouter';
import { hashHref, useHashPath, useHashSearch } from '../navigation/hashLocation';
import { ItemPage } from '../features/library/ItemPage';
import { LibraryPage } from '../features/library/LibraryPage';
import { LessonPage } from '../features/lesson/LessonPage';
import { JournalEditorPage } from '../features/journal/JournalEditorPage';
import { JournalEntryPage } from '../features/journal/JournalEntryPage';
import { JournalListPage } from '../features/journal/JournalListPage';
import { JournalDayPage } from '../features/journal/JournalDayPage';
import { PeopleListPage } from '../features/people/PeopleListPage';
import { PersonPage } from '../features/people/PersonPage';
import { OneOnOnePage } from '../features/people/OneOnOnePage';
import { ActionEditorPage } from '../features/actions/ActionEditorPage';
import { ActionPage } from '../features/actions/ActionPage';
import { BalancePage } from '../features/balance/BalancePage';
import { CrmPage } from '../features/crm/CrmPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { ImportPage } from '../features/import/ImportPage';
import { PodcastsPage } from '../features/podcasts/PodcastsPage';
import { ShowPage } from '../features/podcasts/ShowPage';
import { EpisodePage } from '../features/podcasts/EpisodePage';
import { BriefEditorPage } from '../features/briefs/BriefEditorPage';
import { BriefsPage } from '../features/briefs/BriefsPage';
import { NotesProvider } from '../widgets/notes/NotesProvider';
import { PlayerWithNotes } from './PlayerWithNotes';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <Router hook={useHashPath} searchHook={useHashSearch} hrefs={hashHref}>
      <NotesProvider>
        <PlayerWithNotes>
          <AppShell>
            <Switch>
              <Route path="/" component={LibraryPage} />
              <Route path="/library" component={LibraryPage} />
              <Route path="/item/:id">{(params) => <ItemPage key={params.id} id={params.id} />}</Route>
              <Route path="/lesson/:id">{(params) => <LessonPage key={params.id} id={params.id} />}</Route>
              <Route path="/journal" component={JournalListPage} />
              <Route path="/journal/new" component={NewEntryRoute} />
              <Route path="/journal/day/:date">{(params) => <JournalDayPage key={params.date} date={params.date} />}</Route>
              <Route path="/journal/:id/edit">{(params) => <JournalEditorPage key={params.id} id={params.id} />}</Route>
              <Route path="/journal/:id">{(params) => <JournalEntryPage key={params.id} id={params.id} />}</Route>
              <Route path="/people" component={PeopleListPage} />
              <Route path="/people/:id/one-on-one">{(params) => <OneOnOnePage key={params.id} personId={params.id} />}</Route>
              <Route path="/people/:id">{(params) => <PersonPage key={params.id} id={params.id} />}</Route>
              <Route path="/actions/new" component={NewActionRoute} />
              <Route path="/actions/:id">{(params) => <ActionPage key={params.id} id={params.id} />}</Route>
              <Route path="/balance" component={BalancePage} />
              <Route path="/crm" component={CrmPage} />
              <Route path="/briefs" component={BriefsPage} />
              <Route path="/backups" component={BackupsPage} />
              <Route path="/import" component={ImportPage} />
              <Route path="/podcasts" component={PodcastsPage} />
              <Route path="/podcasts/:id">{(params) => <ShowPage key={params.id} id={params.id} />}</Route>
              <Route path="/episode/:id">{(params) => <EpisodeRoute id={params.id} />}</Route>
              <Route path="/briefs/:id">{(params) => <BriefEditorPage key={params.id} id={params.id} />}</Route>
              <Route component={NotFoundPage} />
            </Switch>
          </AppShell>
        </PlayerWithNotes>
      </NotesProvider>
    </Router>
  );
}

/** A new entry starts fresh for each `?lesson=` it is opened with. */
function NewEntryRoute() {
  const search = useSearch();
  return <JournalEditorPage key={`new?${search}`} />;
}

/** An episode, opened at a time when the address says so (`?t=754`, from a search hit). */
function EpisodeRoute({ id }: { id: string }) {
  const query = new URLSearchParams(useSearch());
  const given = query.get('t');
  const at = given === null ? NaN : Number(given);
  return <EpisodePage key={id} id={id} at={Number.isFinite(at) && at >= 0 ? at : null} noteId={query.get('note')} />;
}

/** A new action starts fresh for each `?person=&lesson=&kind=&escalates=` it is opened with. */
function NewActionRoute() {
  const search = useSearch();
  return <ActionEditorPage key={`new?${search}`} />;
}
