/*
 * Syntax of the crm configuration language (crmsh 4.4 "configure" objects), one object per line
 * ('\' continues a line). The rules say which token shapes go where; the AST builder checks the
 * parts inside a token (a score's value, a role name, an op attribute) and reports them with
 * their position.
 */
parser grammar CrmParser;

options { tokenVocab = CrmLexer; }

script : lineEnd* ( statement ( lineEnd+ statement )* )? lineEnd* EOF ;

lineEnd : NL | COMMENT ;

statement
    : nodeDef
    | primitiveDef
    | templateDef
    | groupDef
    | cloneDef
    | bundleDef
    | locationDef
    | colocationDef
    | orderDef
    | ticketDef
    | propertyDef
    | defaultsDef
    | fencingDef
    | tagDef
    | alertDef
    | roleDef
    | userDef
    | aclTargetDef
    | monitorDef
    | xmlDef
    ;

xmlDef : XML_OBJECT ;

// ---- nodes and resources ----------------------------------------------------------------------

nodeDef : NODE ( ID_SPEC | TERM )? uname=nameOrCompound implicitSet? attrBlock* ;

primitiveDef : PRIMITIVE name agent=nameOrCompound implicitSet? resourcePart* ;

templateDef : RSC_TEMPLATE name agent=nameOrCompound implicitSet? resourcePart* ;

resourcePart : attrBlock | operationsSpec | opDef ;

operationsSpec : OPERATIONS ( ID_SPEC | IDREF_SPEC ) ;

opDef : OP opName=name nvItem* opBlock* ;

opBlock : ( OP_PARAMS | OP_META ) attrListBody ;

groupDef : GROUP name member* implicitSet? attrBlock* ;

cloneDef : kind=( CLONE | MS | MASTER ) name child=name implicitSet? attrBlock* ;

bundleDef : BUNDLE name nvItem? bundlePart* ;

bundlePart
    : kind=( DOCKER | RKT | NETWORK | STORAGE ) nvItem*
    | META attrListBody
    | PRIMITIVE name
    ;

// ---- attribute sets and rules -----------------------------------------------------------------

// An attribute list with no keyword in front: 'params' for resources, 'attributes' for nodes.
// A leading description= may come before the list's $id= (primitive p Dummy description=x $id=p-ia a=1).
implicitSet : descr=NVPAIR ID_SPEC TERM? ruleDef* nvItem+ | ID_SPEC? TERM? ruleDef* nvItem+ | IDREF_SPEC ;

attrBlock : setKind=( PARAMS | META | UTILIZATION | ATTRIBUTES ) attrListBody ;

attrListBody : IDREF_SPEC | ID_SPEC? TERM? ruleDef* nvItem* ;

nvItem : NVPAIR | DATE_FIELD | WORD ;

ruleDef : RULE ( ID_SPEC | IDREF_SPEC )? roleAttr=NVPAIR? score=TERM? expression? ;

expression : simpleExp ( boolOp simpleExp )* ;

boolOp : AND | OR ;

simpleExp
    : DATE dateExpr                                  # dateExp
    | unary=( DEFINED | NOT_DEFINED ) attribute=name  # unaryExp
    | attribute=name binaryOp value                   # binaryExp
    ;

binaryOp : LT | GT | LTE | GTE | EQ | NE | COMPOUND ;

dateExpr
    : op=( LT | GT ) value
    | op=( IN | IN_RANGE ) DATE_FIELD+
    | op=( SPEC | DATE_SPEC ) DATE_FIELD+
    ;

// ---- constraints ------------------------------------------------------------------------------

locationDef : LOCATION name locationTarget NVPAIR* ( score=TERM node=name NVPAIR? | ruleDef+ ) ;

locationTarget : name | REGEX | LBRACE setItem+ RBRACE ;

colocationDef : ( COLOCATION | COLLOCATION ) name score=TERM setItem+ ;

orderDef : ORDER name kind=TERM? setItem+ ;

ticketDef : RSC_TICKET name ticket=TERM setItem+ ;

// A resource reference, a bracketed resource set, or a name=value option.
setItem : resourceRef | NVPAIR | LPAREN setMember+ RPAREN | LBRACK setMember+ RBRACK ;

setMember : resourceRef | NVPAIR ;

resourceRef : name | COMPOUND ;

// ---- cluster options --------------------------------------------------------------------------

propertyDef : PROPERTY setHeader? ruleDef* nvItem* ;

defaultsDef : kind=( RSC_DEFAULTS | OP_DEFAULTS ) setHeader? ruleDef* nvItem* ;

setHeader : TERM | ID_SPEC | IDREF_SPEC ;

fencingDef : FENCING_TOPOLOGY fencingItem* ;

fencingItem : TERM | NVPAIR | COMPOUND | name ;

tagDef : TAG ( TERM | name ) name+ ;

// ---- alerts -----------------------------------------------------------------------------------

alertDef : ALERT name path=value NVPAIR? alertPart* ;

alertPart : alertAttrs | alertSelect | recipient ;

alertAttrs : ( ATTRIBUTES | META ) attrListBody ;

alertSelect : SELECT selector* ;

selector : NODES | FENCING | RESOURCES | ATTRIBUTES LBRACE name* RBRACE ;

recipient : TO ( LBRACE recipientBody RBRACE | recipientBody ) ;

recipientBody : value NVPAIR? alertAttrs* ;

// ---- access control ---------------------------------------------------------------------------

roleDef : ROLE name NVPAIR? permission* ;

permission : right=( READ | WRITE | DENY ) TERM? NVPAIR? aclSpec+ ;

aclSpec : COMPOUND | QUOTED_SPEC | XPATH | WORD | NODE | PROPERTY | META | PARAMS | UTILIZATION | LOCATION | TAG ;

userDef : USER name ( COMPOUND | permission )* ;

aclTargetDef : kind=( ACL_TARGET | ACL_GROUP ) name name* ;

// ---- operations -------------------------------------------------------------------------------

monitorDef : MONITOR nameOrCompound nameOrCompound ;

// ---- words ------------------------------------------------------------------------------------

member : WORD | softKeyword ;

nameOrCompound : name | COMPOUND ;

value : name | COMPOUND | STRING | REGEX | TERM | SOURCED ;

// Identifiers: plain words and every keyword that cannot start a section at that point.
name : WORD | STRING | softKeyword | sectionKeyword ;

sectionKeyword : PARAMS | META | UTILIZATION | ATTRIBUTES | OPERATIONS | OP | OP_PARAMS | OP_META | RULE ;

softKeyword
    : NODE | PRIMITIVE | GROUP | CLONE | MS | MASTER | RSC_TEMPLATE | BUNDLE | LOCATION | COLOCATION
    | COLLOCATION | ORDER | RSC_TICKET | PROPERTY | RSC_DEFAULTS | OP_DEFAULTS | FENCING_TOPOLOGY
    | TAG | ALERT | ROLE | USER | ACL_TARGET | ACL_GROUP | MONITOR | DOCKER | RKT | NETWORK | STORAGE
    | SELECT | TO | NODES | FENCING | RESOURCES | READ | WRITE | DENY | AND | OR | DEFINED
    | NOT_DEFINED | DATE | LT | GT | LTE | GTE | EQ | NE | IN | IN_RANGE | SPEC | DATE_SPEC
    ;
