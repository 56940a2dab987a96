#pragma once

// The FTS5 extension interface (SQLite's fts5.h, version 2 of fts5_api and
// version 3 of Fts5ExtensionApi, unchanged in layout since SQLite 3.20).
// Debian's libsqlite3-dev does not install fts5.h, so the part we use is
// declared here; only the layout matters, the names live in our namespace.

#include <sqlite3.h>

namespace wm::fts5 {

struct Context;

struct PhraseIter
{
    const unsigned char *a;
    const unsigned char *b;
};

struct ExtensionApi
{
    int iVersion;
    void *(*xUserData)(Context *);
    int (*xColumnCount)(Context *);
    int (*xRowCount)(Context *, sqlite3_int64 *pnRow);
    int (*xColumnTotalSize)(Context *, int iCol, sqlite3_int64 *pnToken);
    int (*xTokenize)(Context *, const char *pText, int nText, void *pCtx,
                     int (*xToken)(void *, int, const char *, int, int, int));
    int (*xPhraseCount)(Context *);
    int (*xPhraseSize)(Context *, int iPhrase);
    int (*xInstCount)(Context *, int *pnInst);
    int (*xInst)(Context *, int iIdx, int *piPhrase, int *piCol, int *piOff);
    sqlite3_int64 (*xRowid)(Context *);
    int (*xColumnText)(Context *, int iCol, const char **pz, int *pn);
    int (*xColumnSize)(Context *, int iCol, int *pnToken);
    int (*xQueryPhrase)(Context *, int iPhrase, void *pUserData,
                        int (*)(const ExtensionApi *, Context *, void *));
    int (*xSetAuxdata)(Context *, void *pAux, void (*xDelete)(void *));
    void *(*xGetAuxdata)(Context *, int bClear);
    int (*xPhraseFirst)(Context *, int iPhrase, PhraseIter *, int *, int *);
    void (*xPhraseNext)(Context *, PhraseIter *, int *piCol, int *piOff);
    int (*xPhraseFirstColumn)(Context *, int iPhrase, PhraseIter *, int *);
    void (*xPhraseNextColumn)(Context *, PhraseIter *, int *piCol);
};

using ExtensionFunction = void (*)(const ExtensionApi *pApi, Context *pFts, sqlite3_context *pCtx,
                                   int nVal, sqlite3_value **apVal);

struct Tokenizer;
struct TokenizerModule
{
    int (*xCreate)(void *, const char **azArg, int nArg, Tokenizer **ppOut);
    void (*xDelete)(Tokenizer *);
    int (*xTokenize)(Tokenizer *, void *pCtx, int flags, const char *pText, int nText,
                     int (*xToken)(void *pCtx, int tflags, const char *pToken, int nToken,
                                   int iStart, int iEnd));
};

struct Api
{
    int iVersion;
    int (*xCreateTokenizer)(Api *pApi, const char *zName, void *pContext,
                            TokenizerModule *pTokenizer, void (*xDestroy)(void *));
    int (*xFindTokenizer)(Api *pApi, const char *zName, void **ppContext,
                          TokenizerModule *pTokenizer);
    int (*xCreateFunction)(Api *pApi, const char *zName, void *pContext,
                           ExtensionFunction xFunction, void (*xDestroy)(void *));
};

// FTS5_TOKEN_COLOCATED: a token at the same position as the previous one.
inline constexpr int tokenColocated = 0x0001;

} // namespace wm::fts5
