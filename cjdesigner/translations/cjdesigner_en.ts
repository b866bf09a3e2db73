<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n cards</source>
        <translation>
            <numerusform>Add %n card</numerusform>
            <numerusform>Add %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cards</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n cards</source>
        <translation>
            <numerusform>Import %n card</numerusform>
            <numerusform>Import %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n journeys</source>
        <translation>
            <numerusform>Import %n journey</numerusform>
            <numerusform>Import %n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%n journey</numerusform>
            <numerusform>%n journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits</source>
        <translation>
            <numerusform>%n edit</numerusform>
            <numerusform>%n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more bad row(s))</source>
        <translation>
            <numerusform>%1 (and %n more bad row)</numerusform>
            <numerusform>%1 (and %n more bad rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems)</source>
        <translation>
            <numerusform>%1 (and %n more problem)</numerusform>
            <numerusform>%1 (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more bad rows)</source>
        <translation>
            <numerusform>%1 (and %n more bad row)</numerusform>
            <numerusform>%1 (and %n more bad rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 more</source>
        <translation>
            <numerusform>%1 and %2 more</numerusform>
            <numerusform>%1 and %2 more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %1 more problems</source>
        <translation>
            <numerusform>… and %1 more problem</numerusform>
            <numerusform>… and %1 more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyActions</name>
    <message numerus="yes">
        <source>Deleted stage “%1” and its %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Deleted stage “%1” and its %n card. Press %2 to bring them back.</numerusform>
            <numerusform>Deleted stage “%1” and its %n cards. Press %2 to bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted lane “%1” and its %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Deleted lane “%1” and its %n card. Press %2 to bring them back.</numerusform>
            <numerusform>Deleted lane “%1” and its %n cards. Press %2 to bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Removed persona “%1” and its badge from %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Removed persona “%1” and its badge from %n card. Press %2 to bring them back.</numerusform>
            <numerusform>Removed persona “%1” and its badge from %n cards. Press %2 to bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching cards</source>
        <translation>
            <numerusform>%n matching card</numerusform>
            <numerusform>%n matching cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message numerus="yes">
        <source>%1: %n dots left</source>
        <translation>
            <numerusform>%1: %n dot left</numerusform>
            <numerusform>%1: %n dots left</numerusform>
        </translation>
    </message>
</context>
</TS>
