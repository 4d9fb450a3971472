// parse::<i32/u8/f64/bool/char>() results and the errors' Display and Debug.
fn show<T: std::fmt::Debug, E: std::fmt::Display + std::fmt::Debug>(label: &str, r: Result<T, E>) {
    match r {
        Ok(v) => println!("{:>8}: ok {:?}", label, v),
        Err(e) => println!("{:>8}: err {} / {:?}", label, e, e),
    }
}

fn main() {
    show("42", "42".parse::<i32>());
    show("-0", "-0".parse::<i32>());
    show("+7", "+7".parse::<i32>());
    show("", "".parse::<i32>());
    show("-", "-".parse::<i32>());
    show("12a", "12a".parse::<i32>());
    show("300", "300".parse::<u8>());
    show("-1", "-1".parse::<u8>());
    show("-129", "-129".parse::<i8>());
    show(" 5", " 5".parse::<i32>());
    show("3.25", "3.25".parse::<f64>());
    show("1e3", "1e3".parse::<f64>());
    show("inf", "inf".parse::<f64>());
    show("NaN", "NaN".parse::<f64>());
    show("abc", "abc".parse::<f64>());
    show("f", "".parse::<f64>());
    show("true", "true".parse::<bool>());
    show("True", "True".parse::<bool>());
    show("x", "x".parse::<char>());
    show("xy", "xy".parse::<char>());
    show("empty", "".parse::<char>());
    show("s", "hello".parse::<String>());
    let nums: Vec<i64> = "10 20 x 30".split(' ').filter_map(|w| w.parse().ok()).collect();
    println!("{:?}", nums);
    let all: Result<Vec<i32>, _> = "1,2,3".split(',').map(str::parse::<i32>).collect();
    println!("{:?}", all);
    let bad: Result<Vec<i32>, _> = "1,two,3".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", bad);
    if let Err(e) = "999999999999".parse::<i32>() {
        println!("kind: {:?}", e.kind());
    }
    let n: u64 = "18446744073709551615".parse().unwrap();
    println!("{}", n);
}
