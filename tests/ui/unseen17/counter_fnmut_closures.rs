// Counters and generators as JavaScript closures: Box<dyn FnMut() -> T> returned from functions and kept in a Vec.
fn make_counter(start: i32, step: i32) -> Box<dyn FnMut() -> i32> {
    let mut current = start;
    Box::new(move || {
        let value = current;
        current += step;
        value
    })
}

fn make_id_generator(prefix: &str) -> impl FnMut() -> String {
    let prefix = prefix.to_string();
    let mut n = 0;
    move || {
        n += 1;
        format!("{}-{:03}", prefix, n)
    }
}

fn call_n_times(f: &mut dyn FnMut() -> i32, n: usize) -> Vec<i32> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(f());
    }
    out
}

fn apply_each<F>(values: &[i32], mut callback: F)
where
    F: FnMut(usize, i32),
{
    for (i, v) in values.iter().enumerate() {
        callback(i, *v);
    }
}

fn main() {
    let mut by_one = make_counter(0, 1);
    let mut by_ten = make_counter(100, -10);
    println!("{} {} {}", by_one(), by_one(), by_one());
    println!("{:?}", call_n_times(&mut by_ten, 4));
    println!("{:?}", call_n_times(&mut by_one, 2));

    let mut counters: Vec<Box<dyn FnMut() -> i32>> = vec![make_counter(1, 1), make_counter(2, 2), make_counter(3, 3)];
    for round in 0..3 {
        let values: Vec<i32> = counters.iter_mut().map(|c| c()).collect();
        println!("round {}: {:?}", round, values);
    }

    let mut next_user = make_id_generator("user");
    let mut next_order = make_id_generator("ord");
    let ids = vec![next_user(), next_order(), next_user(), next_user(), next_order()];
    println!("{}", ids.join(", "));

    let mut total = 0;
    let mut log = String::new();
    apply_each(&[5, 7, 9], |i, v| {
        total += v;
        log.push_str(&format!("[{}:{}]", i, v));
    });
    println!("total {} log {}", total, log);
}
