<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Add %n cards</source>
        <translation>
            <numerusform>Add %Ln card</numerusform>
            <numerusform>Add %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cards</source>
        <translation>
            <numerusform>Paste %Ln card</numerusform>
            <numerusform>Paste %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>Duplicate %Ln card</numerusform>
            <numerusform>Duplicate %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Move %Ln card</numerusform>
            <numerusform>Move %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Delete %Ln card</numerusform>
            <numerusform>Delete %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n cards</source>
        <translation>
            <numerusform>Import %Ln card</numerusform>
            <numerusform>Import %Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n journeys</source>
        <translation>
            <numerusform>Import %Ln journey</numerusform>
            <numerusform>Import %Ln journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journey(s)</source>
        <translation>
            <numerusform>%Ln journey</numerusform>
            <numerusform>%Ln journeys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edits</source>
        <translation>
            <numerusform>%Ln edit</numerusform>
            <numerusform>%Ln edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%Ln stage</numerusform>
            <numerusform>%Ln stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%Ln lane</numerusform>
            <numerusform>%Ln lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more bad row(s))</source>
        <translation>
            <numerusform>%1 (and %Ln more bad row)</numerusform>
            <numerusform>%1 (and %Ln more bad rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problems)</source>
        <translation>
            <numerusform>%1 (and %Ln more problem)</numerusform>
            <numerusform>%1 (and %Ln more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more bad rows)</source>
        <translation>
            <numerusform>%1 (and %Ln more bad row)</numerusform>
            <numerusform>%1 (and %Ln more bad rows)</numerusform>
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
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the format has no place for return arrows, so %Ln were left out: %1</source>
        <translation>
            <numerusform>the format has no place for return arrows, so this one was left out: %1</numerusform>
            <numerusform>the format has no place for return arrows, so these %Ln were left out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journeys, %1 due for review on %2.</source>
        <translation>
            <numerusform>%Ln journey, %1 due for review on %2.</numerusform>
            <numerusform>%Ln journeys, %1 due for review on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journeys are reviewed every %n months.</source>
        <translation>
            <numerusform>Journeys are reviewed every month.</numerusform>
            <numerusform>Journeys are reviewed every %Ln months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message numerus="yes">
        <source>%n opportunities</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message numerus="yes">
        <source>%n changes. N and Shift+N step through them; Esc leaves compare mode.</source>
        <translation>
            <numerusform>%Ln change. N and Shift+N step through them; Esc leaves compare mode.</numerusform>
            <numerusform>%Ln changes. N and Shift+N step through them; Esc leaves compare mode.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message numerus="yes">
        <source>Merged %1: %n conflicts to resolve</source>
        <translation>
            <numerusform>Merged %1: %Ln conflict to resolve</numerusform>
            <numerusform>Merged %1: %Ln conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message numerus="yes">
        <source>%n conflicts left by the merge. Keep mine or theirs for each, or edit the map.</source>
        <translation>
            <numerusform>%Ln conflict left by the merge. Keep mine or theirs, or edit the map.</numerusform>
            <numerusform>%Ln conflicts left by the merge. Keep mine or theirs for each, or edit the map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyActions</name>
    <message numerus="yes">
        <source>Deleted stage “%1” and its %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Deleted stage “%1” and its %Ln card. Press %2 to bring them back.</numerusform>
            <numerusform>Deleted stage “%1” and its %Ln cards. Press %2 to bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted lane “%1” and its %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Deleted lane “%1” and its %Ln card. Press %2 to bring them back.</numerusform>
            <numerusform>Deleted lane “%1” and its %Ln cards. Press %2 to bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyFields</name>
    <message numerus="yes">
        <source> months</source>
        <comment>the review interval&apos;s unit</comment>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Removed persona “%1” and its badge from %n cards. Press %2 to bring them back.</source>
        <translation>
            <numerusform>Removed persona “%1” and its badge from %Ln card. Press %2 to bring them back.</numerusform>
            <numerusform>Removed persona “%1” and its badge from %Ln cards. Press %2 to bring them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching cards</source>
        <translation>
            <numerusform>%Ln matching card</numerusform>
            <numerusform>%Ln matching cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message numerus="yes">
        <source>%n cards</source>
        <translation>
            <numerusform>%Ln card</numerusform>
            <numerusform>%Ln cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%Ln vote</numerusform>
            <numerusform>%Ln votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message numerus="yes">
        <source>%1: %n dots left</source>
        <translation>
            <numerusform>%1: %Ln dot left</numerusform>
            <numerusform>%1: %Ln dots left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phones joined</source>
        <translation>
            <numerusform>%Ln phone joined</numerusform>
            <numerusform>%Ln phones joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dots cast</source>
        <translation>
            <numerusform>%Ln dot cast</numerusform>
            <numerusform>%Ln dots cast</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubJourneyNavigation</name>
    <message numerus="yes">
        <source>%n map(s) due for review: %1.</source>
        <translation>
            <numerusform>%Ln map due for review: %1.</numerusform>
            <numerusform>%Ln maps due for review: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n maps due for review, among them %1.</source>
        <translation>
            <numerusform>%Ln map due for review, among them %1.</numerusform>
            <numerusform>%Ln maps due for review, among them %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
