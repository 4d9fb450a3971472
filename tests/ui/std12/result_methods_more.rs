// Result in depth: ok/err, map_err, and_then/or_else chains, unwrap_or_else, is_ok_and/is_err_and, iter, copied, collect into Result.
use std::num::ParseIntError;

fn parse_pos(s: &str) -> Result<u32, String> {
    let n: i64 = s.trim().parse().map_err(|e: ParseIntError| format!("{:?}: {}", s, e))?;
    if n < 0 { Err(format!("{} is negative", n)) } else { Ok(n as u32) }
}

fn main() {
    for s in ["12", " 7 ", "-3", "abc", ""] {
        println!("{:?}", parse_pos(s));
    }
    let good: Result<u32, String> = Ok(3);
    let bad: Result<u32, String> = Err(String::from("boom"));
    println!("{:?} {:?} {:?} {:?}", good.clone().ok(), good.clone().err(), bad.clone().ok(), bad.clone().err());
    println!("{:?}", good.clone().and_then(|v| if v > 2 { Ok(v * 2) } else { Err(String::from("small")) }));
    println!("{:?}", bad.clone().or_else(|e| if e.len() < 10 { Ok::<u32, String>(0) } else { Err(e) }));
    println!("{}", bad.clone().unwrap_or_else(|e| e.len() as u32));
    println!("{} {}", good.as_ref().is_ok_and(|v| *v == 3), bad.as_ref().is_err_and(|e| e.starts_with('b')));
    println!("{:?} {:?}", good.as_ref().map(|v| v + 1), bad.as_ref().map_err(|e| e.to_uppercase()));
    println!("{}", good.as_ref().map_or(0, |v| *v * 100));
    for v in good.iter() {
        println!("iter {}", v);
    }
    println!("{}", bad.iter().count());
    let r: Result<&i32, ()> = Ok(&5);
    println!("{:?}", r.copied());
    let all: Result<Vec<u32>, String> = ["1", "2", "3"].iter().map(|s| parse_pos(s)).collect();
    let first_bad: Result<Vec<u32>, String> = ["1", "x", "-2"].iter().map(|s| parse_pos(s)).collect();
    println!("{:?} {:?}", all, first_bad);
    let (oks, errs): (Vec<_>, Vec<_>) = ["4", "q", "5"].iter().map(|s| parse_pos(s)).partition(Result::is_ok);
    println!("{} ok, {} err", oks.len(), errs.len());
    let t: Result<Option<i32>, String> = Ok(Some(1));
    println!("{:?}", t.transpose());
    let nested: Result<Result<i32, String>, String> = Ok(Err(String::from("inner")));
    println!("{:?}", nested.and_then(|r| r));
    println!("{:?}", "9".parse::<u8>().unwrap_or_default() + "x".parse::<u8>().unwrap_or_default());
    let e = "300".parse::<u8>().expect_err("should overflow");
    println!("{}", e);
    println!("{:?}", good.and(Ok::<char, String>('k')));
    println!("{:?}", Err::<u32, &str>("first").or(Err::<u32, &str>("second")));
}
