// Option take/replace/insert/get_or_insert_with/take_if, as_deref/as_deref_mut on Option<String>, copied/cloned, flatten and transpose.
fn main() {
    let mut slot: Option<String> = None;
    let v = slot.get_or_insert_with(|| String::from("init"));
    v.push('!');
    println!("{:?}", slot);
    let old = slot.replace(String::from("second"));
    println!("{:?} {:?}", old, slot);
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    let r = slot.insert(String::from("third"));
    r.push_str("++");
    println!("{:?} {:?}", slot.as_deref(), slot.as_deref().map(str::len));
    if let Some(s) = slot.as_deref_mut() { s.make_ascii_uppercase(); }
    println!("{:?}", slot);
    let mut n = Some(42);
    println!("{:?} {:?}", n.take_if(|x| *x < 10), n);
    println!("{:?} {:?}", n.take_if(|x| *x > 10), n);
    let x = 5;
    let rx: Option<&i32> = Some(&x);
    println!("{:?} {:?}", rx.copied(), rx.cloned().map(|v| v + 1));
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested.flatten(), Some(Some(3)).flatten());
    let t: Option<Result<i32, String>> = Some(Ok(3));
    let u: Option<Result<i32, String>> = Some(Err("bad".into()));
    let w: Option<Result<i32, String>> = None;
    println!("{:?} {:?} {:?}", t.transpose(), u.transpose(), w.transpose());
    let mut count: Option<u32> = None;
    for _ in 0..3 { *count.get_or_insert(0) += 1; }
    println!("{:?}", count);
    let mut cache: Option<Vec<i32>> = None;
    cache.get_or_insert_with(Vec::new).push(1);
    cache.get_or_insert_with(Vec::new).push(2);
    println!("{:?}", cache);
}
