// Iterator adapters are lazy: nothing runs until a consumer pulls values.
fn main() {
    let v = vec![1, 2, 3, 4];
    let it = v.iter().map(|x| {
        println!("map {x}");
        x * 10
    });
    println!("nothing mapped yet");
    let first_two: Vec<i32> = it.take(2).collect();
    println!("{first_two:?}");
    let found = v.iter().filter(|x| {
        println!("filter {x}");
        **x % 2 == 0
    }).next();
    println!("{found:?}");
}
