import { alertsSuite } from './alerts'
import { createSqliteDatabase } from './helpers/databases'

alertsSuite('sqlite', createSqliteDatabase)
