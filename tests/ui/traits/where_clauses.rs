// where clauses on functions and impls.
use std::fmt::Debug;

fn compare_prints<T, U>(t: &T, u: &U) -> String
where
    T: Debug + PartialEq,
    U: Debug,
{
    format!("{t:?} vs {u:?} (self-equal: {})", t == t)
}

struct Wrapper<T> {
    items: Vec<T>,
}

impl<T> Wrapper<T>
where
    T: Debug + Ord + Clone,
{
    fn sorted(&self) -> Vec<T> {
        let mut v = self.items.clone();
        v.sort();
        v
    }
}

fn main() {
    println!("{}", compare_prints(&vec![1, 2], &"x"));
    let w = Wrapper { items: vec!["pear", "apple", "fig"] };
    println!("{:?}", w.sorted());
}
