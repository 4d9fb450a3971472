// Overwriting a borrow holder: fine without `Drop`, for a local declared before it, or a borrow of an `i32`.
struct D<'a>(&'a String);
impl<'a> Drop for D<'a> {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
struct P<'a>(&'a String);
struct Q<'a>(&'a i32);
impl<'a> Drop for Q<'a> {
    fn drop(&mut self) { println!("drop q {}", self.0); }
}
fn main() {
    let mut o: Option<P> = None;
    {
        let s = String::from("s");
        o = Some(P(&s));
        println!("{}", o.as_ref().unwrap().0);
        o = None;
    }
    let a = String::from("a");
    let b = String::from("b");
    let mut d = D(&a);
    d = D(&b);
    drop(a);
    let mut q: Option<Q> = None;
    {
        let n = 5;
        q = Some(Q(&n));
        q = None;
    }
    println!("{} {} {}", o.is_none(), d.0, q.is_none());
}
