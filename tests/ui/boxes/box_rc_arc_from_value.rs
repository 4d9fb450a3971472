// std's From<T> for Box, Rc and Arc next to the From impls of Box<str>, Rc<str> and Box<dyn Error>.
use std::error::Error;
use std::rc::Rc;
use std::sync::Arc;

fn parse(s: &str) -> Result<i32, Box<dyn Error>> {
    if s.is_empty() {
        return Err("empty".into());
    }
    let n: i32 = s.parse()?;
    Ok(n)
}

fn main() {
    let r: Rc<i32> = Rc::from(5);
    let b: Box<Vec<u8>> = Box::from(vec![1, 2]);
    let a: Arc<String> = String::from("arc").into();
    let bi: Box<i32> = 7.into();
    let s: Rc<str> = Rc::from("texte");
    let bs: Box<str> = "boite".into();
    println!("{} {:?} {} {} {} {}", r, b, a, bi, s, bs);
    println!("{:?} {:?}", parse("12").ok(), parse("").is_err());
    println!("{}", parse("x").unwrap_err());
}
