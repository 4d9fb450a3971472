// Written types whose arguments meet their struct's bounds through the item's own bounds are well formed.
use std::collections::HashMap;
use std::fmt::Display;

#[derive(Clone, Copy, Debug)]
struct W<T: Copy>(T);

struct Shown<T>
where
    T: Display,
{
    item: T,
}

// an alias whose arguments break the bound is not checked until it is used
type Unused = W<String>;
type Pair = W<(i32, char)>;

struct Holder<U: Copy> {
    inner: W<U>,
    many: Vec<W<U>>,
}

impl<T: Copy + Display> W<T> {
    fn twice(&self) -> W<(T, T)> {
        W((self.0, self.0))
    }
}

fn show<T: Display>(s: &Shown<T>) -> String {
    format!("<{}>", s.item)
}

fn first<U>(h: &Holder<U>) -> W<U>
where
    U: Copy,
{
    h.inner
}

struct NoImpls;

fn main() {
    let p: Pair = W((1, 'x'));
    let h = Holder { inner: W(7u8), many: vec![W(1), W(2)] };
    let counts: HashMap<&str, Vec<NoImpls>> = HashMap::new();
    let w: W<&str> = W("hi");
    println!("{:?} {:?} {} {}", p, first(&h), h.many.len(), counts.len());
    println!("{:?} {}", w.twice(), show(&Shown { item: 3.5 }));
}
