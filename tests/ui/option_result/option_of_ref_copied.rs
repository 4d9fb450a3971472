// Option<&T> to Option<T> with copied/cloned, and flatten/transpose.
fn main() {
    let v = vec![10, 20];
    let first: Option<&i32> = v.first();
    let owned: Option<i32> = first.copied();
    println!("{first:?} {owned:?}");
    let names = vec![String::from("x")];
    let cloned: Option<String> = names.first().cloned();
    println!("{cloned:?}");
    let nested: Option<Option<i32>> = Some(Some(3));
    println!("{:?}", nested.flatten());
    let t: Option<Result<i32, String>> = Some(Ok(5));
    println!("{:?}", t.transpose());
    let words = ["1", "x", "3"];
    let parsed: Vec<Option<i32>> = words.iter().map(|w| w.parse().ok()).collect();
    println!("{parsed:?}");
    let valid: Vec<i32> = parsed.into_iter().flatten().collect();
    println!("{valid:?}");
}
