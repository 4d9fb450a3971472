// Rc<str> and Arc<str> from a &str or a String: one allocation of the counts and the bytes, shared by clones.
use std::rc::Rc;
use std::sync::Arc;
fn main() {
    let text: Rc<str> = Rc::from("partage");
    let t2 = Rc::clone(&text);
    println!("{} {} count {} len {}", text, t2, Rc::strong_count(&text), text.len());
    println!("{:?} {}", t2, t2.to_uppercase());
    let owned = String::from("depuis une String");
    let r: Rc<str> = Rc::from(owned);
    let r2: Rc<str> = "into".into();
    println!("{} {} {}", r, r2, &r[..6]);
    drop(t2);
    println!("{}", Rc::strong_count(&text));
    let a: Arc<str> = Arc::from("arc");
    let b = a.clone();
    println!("{} {} {}", a, b, Arc::strong_count(&a));
    println!("{}", text == Rc::from("partage"));
    println!("{}", std::mem::size_of::<Rc<str>>());
    let names: Vec<Rc<str>> = vec![Rc::from("x"), Rc::from("yy")];
    let total: usize = names.iter().map(|n| n.len()).sum();
    println!("{}", total);
}
