import Testing

@testable import Gongwen

@Suite("Pasted lists of people")
struct PeopleListTests {
    @Test func postsInBracketsStayWithTheirName() {
        let people = PeopleList.people(in: "王建国（党委书记、局长），李敏（副局长）、孙丽")
        #expect(
            people == [
                Person(name: "王建国", title: "党委书记、局长"), Person(name: "李敏", title: "副局长"), Person(name: "孙丽"),
            ])
    }

    @Test func linesSemicolonsAndASCIIBracketsSeparateToo() {
        let people = PeopleList.people(in: "张明(主任)\n陈刚；刘洋;\n\n 周婷 ")
        #expect(people.map(\.name) == ["张明", "陈刚", "刘洋", "周婷"])
        #expect(people[0].title == "主任")
    }

    /// 各科室、局属单位主要负责同志 is one group, as 出席 lists write it, not two people.
    @Test func aGroupNamedInTwoPiecesStaysOne() {
        let people = PeopleList.people(in: "张明、各科室、局属单位主要负责同志")
        #expect(people.map(\.name) == ["张明", "各科室、局属单位主要负责同志"])
    }

    @Test func aPaddedTwoCharacterNameIsOneName() {
        #expect(PeopleList.people(in: "李　敏、王建国").map(\.name) == ["李　敏", "王建国"])
    }

    @Test func textAfterTheBracketKeepsTheWholeAsAName() {
        #expect(PeopleList.people(in: "王建国（局长）同志") == [Person(name: "王建国（局长）同志")])
        #expect(PeopleList.people(in: "（空）") == [Person(name: "（空）")])
    }
}
