// iter() items collected as references, into_iter() as values, cloned/copied.
fn main() {
    let v = vec![1, 2];
    let r: Vec<&i32> = v.iter().collect();
    let c: Vec<i32> = v.iter().copied().collect();
    let f: Option<&i32> = v.first();
    let s = vec![String::from("a")];
    let o: Vec<String> = s.into_iter().collect();
    println!("{:?} {:?} {:?} {:?}", r, c, f, o);
}
