// Option combinators: get_or_insert_with, as_deref, xor, flatten, zip, insert, take_if, iteration.
fn main() {
    let mut a: Option<Vec<i32>> = None;
    a.get_or_insert_with(Vec::new).push(3);
    a.get_or_insert_with(Vec::new).push(4);
    println!("{:?}", a);
    let s: Option<String> = Some(String::from("hi"));
    let d: Option<&str> = s.as_deref();
    println!("{:?} {:?}", d, Some(1).xor(None::<i32>));
    println!("{:?} {:?}", Some(Some(2)).flatten(), Some(3).zip(Some('x')));
    let r: Result<i32, String> = Err("bad".to_string());
    println!("{} {:?}", r.clone().map_or(0, |v| v * 2), r.or_else(|e| if e.len() > 1 { Ok::<i32, String>(7) } else { Err(e) }));
    let mut o = Some(5);
    *o.insert(6) += 1;
    let t = o.take_if(|v| *v > 6);
    println!("{:?} {:?}", o, t);
    for x in Some(9) { println!("{x}"); }
    let total: i32 = Some(4).iter().sum();
    println!("{total} {}", Some(2).is_none_or(|v| v > 1));
}
