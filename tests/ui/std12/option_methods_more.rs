// Option in depth: insert, get_or_insert_with, as_mut, take_if, copied/cloned, zip/unzip, ok_or_else, map_or_else, iter, and ? on Option.
#[derive(Debug, Default, Clone)]
struct Config {
    name: Option<String>,
    retries: Option<u32>,
}

fn first_even_doubled(v: &[i32]) -> Option<i32> {
    let first = v.iter().find(|x| *x % 2 == 0)?;
    let doubled = first.checked_mul(2)?;
    Some(doubled)
}

fn main() {
    let mut cfg = Config::default();
    println!("{:?}", cfg);
    let name = cfg.name.insert(String::from("server"));
    name.push_str("-1");
    println!("{:?}", cfg.name);
    *cfg.retries.get_or_insert_with(|| 3) += 1;
    println!("{:?}", cfg.retries);
    if let Some(r) = cfg.retries.as_mut() {
        *r *= 10;
    }
    println!("{:?}", cfg.retries);
    let taken = cfg.retries.take_if(|r| *r > 30);
    println!("{:?} {:?}", taken, cfg.retries);
    let n: Option<&i32> = Some(&5);
    let c: Option<i32> = n.copied();
    let s: Option<&String> = cfg.name.as_ref();
    let owned: Option<String> = s.cloned();
    println!("{:?} {:?}", c, owned);
    let pair = Some((1, "one"));
    let (num, word) = pair.unzip();
    println!("{:?} {:?}", num, word);
    println!("{:?}", Some(2).zip(Some("two")).map(|(a, b)| format!("{}={}", b, a)));
    let missing: Option<u8> = None;
    println!("{:?}", missing.ok_or_else(|| String::from("nothing")));
    println!("{}", missing.map_or_else(|| String::from("default"), |v| v.to_string()));
    println!("{:?} {:?}", first_even_doubled(&[1, 3, 4]), first_even_doubled(&[1, 3]));
    println!("{:?}", first_even_doubled(&[i32::MAX - 1]));
    let maybe_words = vec![Some("a"), None, Some("c")];
    for w in maybe_words.iter().flatten() {
        print!("{} ", w);
    }
    println!();
    let mut total = 0;
    for v in Some(5).into_iter().chain(None).chain(Some(6)) {
        total += v;
    }
    println!("{}", total);
    let o: Option<Option<i32>> = Some(None);
    println!("{:?} {}", o.flatten(), o.is_some());
    let r: Option<Result<i32, String>> = Some(Err(String::from("bad")));
    println!("{:?}", r.transpose());
    println!("{:?}", Some(4).filter(|x| x % 2 == 0).map(|x| x + 1).and_then(|x| if x > 3 { Some(x * 2) } else { None }));
    println!("{:?} {:?}", Some(1).or(Some(2)), None.or(Some(2)));
    println!("{:?}", Some(3).is_none_or(|x| x > 2));
    let mut slot = Some(1);
    let prev = slot.replace(9);
    println!("{:?} {:?} {}", prev, slot, slot.unwrap_or_default());
    println!("{}", cfg.clone().name.unwrap_or_else(|| String::from("anon")));
}
