/*
 * Tokens of the crm configuration language (crmsh 4.4 "configure" syntax).
 *
 * crmsh splits a line into shell-like words and classifies each word by its shape, so the lexer
 * works the same way: a token is a whole word, and its type says which shape it has
 * (plain word, word ending in ':', word with inner ':', name=value pair, ...). Keywords are
 * case-insensitive and are only reserved where the parser says so: the parser's name rules accept
 * them as identifiers and values.
 */
lexer grammar CrmLexer;

options { caseInsensitive = true; }

// A comment is a '#' line; it includes the line break before it, so '#uname' in the middle of a
// line is an ordinary word. The parser facade feeds one leading line break so a first-line comment
// is recognised too.
COMMENT : '\r'? '\n' [ \t]* '#' ~[\r\n]* ;
NL      : '\r'? '\n' ;
WS      : ( [ \t]+ | '\\' '\r'? '\n' ) -> skip ;

// 'xml <element .../>': a CIB element written as raw XML, up to the end of the (continued) line.
XML_OBJECT : 'xml' [ \t]+ '<' ( ~[\r\n\\] | '\\' ~[\r\n] | '\\' '\r'? '\n' )* ;

// Object keywords.
NODE             : 'node' ;
PRIMITIVE        : 'primitive' ;
GROUP            : 'group' ;
CLONE            : 'clone' ;
MS               : 'ms' ;
MASTER           : 'master' ;
RSC_TEMPLATE     : 'rsc_template' ;
BUNDLE           : 'bundle' ;
LOCATION         : 'location' ;
COLOCATION       : 'colocation' ;
COLLOCATION      : 'collocation' ;
ORDER            : 'order' ;
RSC_TICKET       : 'rsc_ticket' ;
PROPERTY         : 'property' ;
RSC_DEFAULTS     : 'rsc_defaults' ;
OP_DEFAULTS      : 'op_defaults' ;
FENCING_TOPOLOGY : 'fencing_topology' | 'fencing-topology' ;
TAG              : 'tag' ;
ALERT            : 'alert' ;
ROLE             : 'role' ;
USER             : 'user' ;
ACL_TARGET       : 'acl_target' ;
ACL_GROUP        : 'acl_group' ;
MONITOR          : 'monitor' ;

// Section keywords inside objects.
PARAMS      : 'params' ;
META        : 'meta' ;
UTILIZATION : 'utilization' ;
ATTRIBUTES  : 'attributes' ;
OPERATIONS  : 'operations' ;
OP          : 'op' ;
OP_PARAMS   : 'op_params' ;
OP_META     : 'op_meta' ;
RULE        : 'rule' ;
DOCKER      : 'docker' ;
RKT         : 'rkt' ;
NETWORK     : 'network' ;
STORAGE     : 'storage' ;
SELECT      : 'select' ;
TO          : 'to' ;
NODES       : 'nodes' ;
FENCING     : 'fencing' ;
RESOURCES   : 'resources' ;
READ        : 'read' ;
WRITE       : 'write' ;
DENY        : 'deny' ;

// Rule expressions.
AND         : 'and' ;
OR          : 'or' ;
DEFINED     : 'defined' ;
NOT_DEFINED : 'not_defined' ;
DATE        : 'date' ;
LT          : 'lt' ;
GT          : 'gt' ;
LTE         : 'lte' ;
GTE         : 'gte' ;
EQ          : 'eq' ;
NE          : 'ne' ;
IN          : 'in' ;
IN_RANGE    : 'in_range' ;
SPEC        : 'spec' ;
DATE_SPEC   : 'date_spec' ;

LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
LBRACE : '{' ;
RBRACE : '}' ;

// $id=<id> and $id-ref=<id>: the value follows in the same word.
ID_SPEC    : '$id=' VALUE ;
IDREF_SPEC : '$id-ref=' VALUE ;
// An ACL xpath keeps every character up to the next blank (brackets and quotes included).
XPATH      : 'xpath:' VALUE ;
// /regex/ for rsc-pattern; a longer plain word such as /usr/bin/x wins by length.
REGEX      : '/' ~[/ \t\r\n]+ '/' ;
// A date field or range bound: date expressions take only these, so the first other pair ends them.
DATE_FIELD : ( 'hours' | 'monthdays' | 'weekdays' | 'yearsdays' | 'months' | 'weeks' | 'years' | 'weekyears'
             | 'moon' | 'start' | 'end' ) '=' VALUE ;
// name=value, the value possibly quoted or empty; the name may hold ':' (attr:rack=1).
NVPAIR     : ATOM ( ':' ATOM )* '=' VALUE ;
// A word ending in ':' (a score, a kind, an id, a fencing target).
TERM       : ATOM ':' ;
// A word with inner ':' (class:provider:type, rsc:role, interval:timeout, acl specs).
COMPOUND   : ATOM ( ':' ATOM )+ ;
// A word whose value after ':' is quoted, as in the ACL spec type:"primitive".
QUOTED_SPEC : ATOM ':' ( '"' ( '\\' ~[\r\n] | ~["\\] )* '"' | '\'' ~[']* '\'' ) ;
// param{name} / meta{name}: a rule value read from the resource's parameters or meta attributes.
SOURCED    : ATOM '{' ATOM '}' ;
STRING     : '"' ( '\\' ~[\r\n] | ~["\\] )* '"' | '\'' ~[']* '\'' ;
WORD       : ATOM ;
// Anything else is reported by the parser as an unexpected character.
ERROR_CHAR : . ;

fragment ATOM  : ( WORDCHAR | ESCAPED )+ ;
fragment VALUE : ( VALCHAR | ESCAPED | '"' ( '\\' ~[\r\n] | ~["\\] )* '"' | '\'' ~[']* '\'' )* ;
fragment WORDCHAR : ~[ \t\r\n"'=:()[\]{}\\] ;
fragment VALCHAR  : ~[ \t\r\n"'\\] ;
fragment ESCAPED  : '\\' ~[\r\n] ;
