// a generic trait impl with a where-clause, used through a generic function
use std::fmt::Debug;
trait Describe {
    fn describe(&self) -> String;
}
struct Pair<T> {
    a: T,
    b: T,
}
impl<T> Describe for Pair<T>
where
    T: Debug + PartialOrd,
{
    fn describe(&self) -> String {
        if self.a <= self.b { format!("{:?} <= {:?}", self.a, self.b) } else { format!("{:?} > {:?}", self.a, self.b) }
    }
}
fn show_all<D>(items: &[D]) -> Vec<String>
where
    D: Describe,
{
    items.iter().map(|d| d.describe()).collect()
}
fn main() {
    let ps = vec![Pair { a: 1, b: 2 }, Pair { a: 5, b: 3 }];
    for s in show_all(&ps) {
        println!("{}", s);
    }
    let w = Pair { a: "x", b: "w" };
    println!("{}", w.describe());
}
