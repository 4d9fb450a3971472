// Ord::clamp on a non-primitive type fails std's own assertion inside cmp.rs.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version(u32, u32);

fn main() {
    let v = Version(1, 4);
    let lo = Version(1, 0);
    let hi = Version(2, 0);
    println!("{:?}", v.clamp(lo, hi));
    let name = String::from("m");
    println!("{}", name.clamp(String::from("z"), String::from("a")));
}
