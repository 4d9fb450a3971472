// impl Trait returns with one type, captured lifetimes with '_ and use<>, impl arguments without turbofish.
use std::fmt::Display;
fn pick(b: bool) -> impl Display {
    if b { String::from("1") } else { String::from("one") }
}
fn evens(v: &[u32]) -> impl Iterator<Item = &u32> + '_ { v.iter().filter(|x| *x % 2 == 0) }
fn copy_firsts(v: &[u32]) -> impl Iterator<Item = u32> + use<> { v.to_vec().into_iter() }
fn show<T: Display>(a: T, b: impl Display) -> String { format!("{} {}", a, b) }
fn op(add: bool) -> Box<dyn Fn(i32) -> i32> {
    if add { Box::new(|x| x + 1) } else { Box::new(|x| x - 1) }
}
fn main() {
    let v = vec![1, 2, 4];
    let it;
    {
        let w = vec![5, 6];
        it = copy_firsts(&w);
    }
    println!("{} {} {} {} {}", pick(true), evens(&v).count(), it.count(), show::<i32>(1, "x"), op(false)(3));
}
