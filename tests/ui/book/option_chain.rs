// Error handling: Option and Result combinators — map, and_then, ok_or, unwrap_or_else, filter, zip.
fn last_char_of_first_line(text: &str) -> Option<char> {
    text.lines().next()?.chars().last()
}

fn divide(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 {
        Err(format!("cannot divide {a} by zero"))
    } else {
        Ok(a / b)
    }
}

fn main() {
    println!("{:?}", last_char_of_first_line("Hello, world\nHow are you"));
    println!("{:?}", last_char_of_first_line(""));
    println!("{:?}", last_char_of_first_line("\nhi"));
    let some = Some(4);
    let none: Option<i32> = None;
    println!("{:?} {:?}", some.map(|x| x * 2), none.map(|x| x * 2));
    println!("{:?}", some.and_then(|x| if x > 3 { Some(x - 3) } else { None }));
    println!("{:?} {:?}", some.filter(|x| x % 2 == 1), some.or(Some(9)));
    println!("{} {}", none.unwrap_or(7), none.unwrap_or_else(|| 8 * 2));
    println!("{:?} {:?}", some.ok_or("missing"), none.ok_or("missing"));
    println!("{:?}", some.zip(Some('a')));
    println!("{} {}", some.is_some(), none.is_none());
    println!("{}", some.map_or(0, |v| v + 100));
    let results = [divide(10, 2), divide(1, 0), divide(9, 3)];
    for r in &results {
        match r {
            Ok(v) => println!("ok {v}"),
            Err(e) => println!("err {e}"),
        }
    }
    let oks: Vec<i32> = results.iter().filter_map(|r| r.as_ref().ok()).copied().collect();
    println!("{:?}", oks);
    let all: Result<Vec<i32>, String> = vec![divide(8, 2), divide(6, 3)].into_iter().collect();
    println!("{:?}", all);
    let bad: Result<Vec<i32>, String> = vec![divide(8, 2), divide(6, 0)].into_iter().collect();
    println!("{:?}", bad);
    let chained = divide(100, 5).and_then(|x| divide(x, 2)).map(|x| x + 1);
    println!("{:?} {}", chained, chained.clone().unwrap_or_default());
    let e: Result<i32, String> = Err("boom".into());
    println!("{} {:?}", e.is_err(), e.as_ref().err());
    let mut opt = Some(3);
    if let Some(x) = opt.as_mut() {
        *x += 1;
    }
    println!("{:?}", opt);
    let taken = opt.take();
    println!("{:?} {:?}", taken, opt);
    let name: Option<String> = Some("Ferris".to_string());
    println!("{}", name.as_deref().unwrap_or("nobody"));
}
