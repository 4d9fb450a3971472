// `let ... else` blocks ending in `return`, `panic!`, `continue` and `break`.
fn first_even(v: &[u32]) -> u32 {
    let Some(x) = v.iter().find(|x| **x % 2 == 0) else {
        return 0;
    };
    *x
}
fn main() {
    println!("{}", first_even(&[1, 4]));
    let items = vec![Some(1), None, Some(3)];
    let mut total = 0;
    for it in &items {
        let Some(n) = it else {
            continue;
        };
        total += n;
    }
    loop {
        let Some(_) = items.last() else {
            break;
        };
        break;
    }
    let Ok(v) = "5".parse::<u32>() else {
        panic!("bad");
    };
    println!("{total} {v}");
}
