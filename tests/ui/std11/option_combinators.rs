// Option combinators: map_or, map_or_else, and_then, or_else, ok_or, filter, take, replace, zip, xor, get_or_insert_with, flatten, is_some_and.
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn main() {
    let some = Some(10);
    let none: Option<i32> = None;
    println!("{} {}", some.map_or(0, |v| v * 2), none.map_or(0, |v| v * 2));
    println!("{} {}", some.map_or_else(|| -1, |v| v + 1), none.map_or_else(|| -1, |v| v + 1));
    println!("{:?} {:?} {:?}", some.and_then(half), some.and_then(half).and_then(half), none.and_then(half));
    println!("{:?} {:?}", none.or_else(|| Some(7)), some.or(Some(1)));
    println!("{:?} {:?}", some.ok_or("missing"), none.ok_or_else(|| format!("missing {}", 42)));
    println!("{:?} {:?}", some.filter(|v| *v > 5), some.filter(|v| *v > 50));
    let mut slot = Some(String::from("taken"));
    let t = slot.take();
    println!("{:?} {:?}", t, slot);
    let mut cur = Some(1);
    let old = cur.replace(2);
    println!("{:?} {:?}", old, cur);
    println!("{:?} {:?}", some.zip(Some('a')), some.zip(None::<char>));
    println!("{:?} {:?} {:?}", some.xor(none), some.xor(Some(3)), none.xor(none));
    println!("{:?} {:?}", some.and(Some("x")), none.and(Some("x")));
    let mut lazy: Option<Vec<u8>> = None;
    lazy.get_or_insert_with(Vec::new).push(1);
    lazy.get_or_insert_with(Vec::new).push(2);
    println!("{:?}", lazy);
    let mut n: Option<u32> = None;
    *n.get_or_insert(5) += 1;
    println!("{:?}", n);
    let nested: Option<Option<i32>> = Some(Some(3));
    println!("{:?} {:?}", nested.flatten(), Some(None::<i32>).flatten());
    println!("{} {}", some.is_some_and(|v| v > 5), none.is_none_or(|v| v > 5));
    println!("{} {} {}", none.unwrap_or_default(), some.unwrap_or(0), none.unwrap_or_else(|| 99));
    let name: Option<String> = None;
    println!("{:?}", name.unwrap_or_default());
    let text = Some(String::from("hello"));
    println!("{:?} {:?}", text.as_deref(), text.as_ref().map(|s| s.len()));
    for v in some.iter() {
        println!("iter {}", v);
    }
    let total: i32 = [Some(1), None, Some(3)].iter().flatten().sum();
    println!("{}", total);
    let all: Option<Vec<i32>> = [Some(1), Some(2)].into_iter().collect();
    let missing: Option<Vec<i32>> = [Some(1), None].into_iter().collect();
    println!("{:?} {:?}", all, missing);
    let r: Option<Result<i32, String>> = Some(Ok(4));
    println!("{:?}", r.transpose());
    let mut m = Some(3);
    if let Some(x) = m.as_mut() {
        *x += 10;
    }
    println!("{:?} {:?}", m, m.map(|v| v.to_string()));
    println!("{:?}", Some(4).inspect(|v| println!("saw {}", v)).is_some());
}
