// Option zip/xor/filter/or_else/and_then chains, map_or/map_or_else, is_some_and/is_none_or, unwrap_or_default on Strings, ok_or_else with allocation.
fn lookup(k: &str) -> Option<u32> {
    match k { "a" => Some(1), "b" => Some(20), "c" => Some(300), _ => None }
}

fn main() {
    println!("{:?} {:?}", lookup("a").zip(lookup("b")), lookup("a").zip(lookup("z")));
    println!("{:?} {:?} {:?}", lookup("a").xor(lookup("z")), lookup("a").xor(lookup("b")), lookup("y").xor(lookup("z")));
    println!("{:?} {:?}", lookup("b").filter(|v| v % 2 == 0), lookup("c").filter(|v| *v < 100));
    println!("{:?}", lookup("z").or_else(|| lookup("c")).and_then(|v| v.checked_sub(500)));
    println!("{} {}", lookup("b").map_or(0, |v| v * 2), lookup("q").map_or(0, |v| v * 2));
    println!("{}", lookup("c").map_or_else(|| "none".to_string(), |v| format!("v={}", v)));
    println!("{} {}", lookup("b").is_some_and(|v| v > 10), lookup("q").is_some_and(|v| v > 10));
    println!("{} {}", lookup("q").is_none_or(|v| v > 10), lookup("a").is_none_or(|v| v > 10));
    let names: Vec<Option<String>> = vec![Some("x".into()), None, Some(String::new())];
    for n in &names {
        let s: String = n.clone().unwrap_or_default();
        println!("{:?} len {}", s, s.len());
    }
    let r: Result<u32, String> = lookup("z").ok_or_else(|| format!("missing {}", "z"));
    println!("{:?}", r);
    let r2: Result<u32, String> = lookup("a").ok_or_else(|| format!("missing {}", "a"));
    println!("{:?}", r2);
    let total: u32 = ["a", "b", "q", "c"].iter().filter_map(|k| lookup(k)).sum();
    println!("{}", total);
    let all: Option<Vec<u32>> = ["a", "b", "c"].iter().map(|k| lookup(k)).collect();
    let some_missing: Option<Vec<u32>> = ["a", "q"].iter().map(|k| lookup(k)).collect();
    println!("{:?} {:?}", all, some_missing);
}
