lexer grammar CrmLexer;
WS : [ \t\r\n]+ -> skip ;
