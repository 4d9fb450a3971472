//@ compile-fail
// impl<'a> IntoIterator for &'a Stack writing `type Item = &i32` without the lifetime.
struct Stack {
    items: Vec<i32>,
}

impl<'a> IntoIterator for &'a Stack {
    type Item = &i32; //~ ERROR missing lifetime in associated type
    type IntoIter = std::slice::Iter<'a, i32>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

fn main() {
    let s = Stack { items: vec![1, 2] };
    for x in &s {
        println!("{}", x);
    }
}
