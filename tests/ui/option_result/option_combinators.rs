// Option combinators: map, and_then, filter, unwrap_or, unwrap_or_else, or, xor, zip, ok_or.
fn main() {
    let some = Some(4);
    let none: Option<i32> = None;
    println!("{:?} {:?}", some.map(|x| x * 2), none.map(|x| x * 2));
    println!("{:?}", some.and_then(|x| if x > 3 { Some(x - 3) } else { None }));
    println!("{:?} {:?}", some.filter(|x| x % 2 == 1), some.filter(|x| x % 2 == 0));
    println!("{} {}", none.unwrap_or(7), none.unwrap_or_else(|| 8));
    println!("{}", none.unwrap_or_default());
    println!("{:?} {:?}", none.or(Some(1)), some.xor(Some(2)));
    println!("{:?}", some.zip(Some('z')));
    println!("{:?} {:?}", some.ok_or("missing"), none.ok_or("missing"));
    println!("{} {}", some.is_some(), none.is_none());
    println!("{}", some.is_some_and(|x| x > 3));
    println!("{}", some.map_or(0, |x| x + 1));
    let text: Option<String> = Some(String::from("abc"));
    println!("{:?} {:?}", text.as_deref(), text.as_ref().map(|s| s.len()));
    let mut o = Some(3);
    if let Some(x) = o.as_mut() {
        *x += 1;
    }
    println!("{:?}", o);
    let mut e: Option<i32> = None;
    println!("{}", e.get_or_insert(10));
}
