// Result and_then/or_else/map_err chains with String errors, transpose, flatten-like and_then, iter over Ok, unwrap_or_else, is_ok_and/is_err_and, copied.
#[derive(Debug)]
enum E { Parse(String), Range(i64) }

fn parse(s: &str) -> Result<i64, E> {
    s.trim().parse::<i64>().map_err(|e| E::Parse(format!("{:?}: {}", s, e)))
}

fn check(n: i64) -> Result<i64, E> {
    if (0..=100).contains(&n) { Ok(n) } else { Err(E::Range(n)) }
}

fn main() {
    for s in ["42", " 7 ", "-3", "abc", "1000", ""] {
        let r = parse(s).and_then(check);
        println!("{:?} -> {:?} ok_and {} err_and {}", s, r, r.as_ref().is_ok_and(|v| *v > 10), r.as_ref().is_err_and(|e| matches!(e, E::Range(_))));
    }
    let fixed = parse("x").or_else(|_| parse("5")).map(|v| v * 2);
    println!("{:?}", fixed);
    let v = parse("oops").unwrap_or_else(|e| { println!("recovering from {:?}", e); -1 });
    println!("{}", v);
    let maybe: Result<Option<i64>, E> = Ok(Some(3));
    println!("{:?}", maybe.transpose());
    let none: Result<Option<i64>, E> = Ok(None);
    println!("{:?}", none.transpose());
    let nested: Result<Result<i64, E>, E> = Ok(check(500));
    println!("{:?}", nested.and_then(|r| r));
    let oks: Vec<i64> = ["1", "x", "3"].iter().flat_map(|s| parse(s)).collect();
    println!("{:?}", oks);
    let x = 9;
    let rr: Result<&i32, ()> = Ok(&x);
    println!("{:?} {:?}", rr.copied(), parse("12").iter().next());
    let errs: Vec<String> = ["1", "a", "b"].iter().filter_map(|s| parse(s).err()).map(|e| format!("{:?}", e)).collect();
    println!("{}", errs.len());
}
