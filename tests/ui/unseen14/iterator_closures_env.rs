// Iterator chains with closures capturing their environment: by reference, by mutable reference, by move
fn make_scaler(factor: i32) -> impl Fn(i32) -> i32 {
    move |x| x * factor
}

fn apply_all(fs: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn main() {
    let readings = vec![12, 47, 3, 88, 51, 19, 64, 5, 30];
    let threshold = 20;
    let high: Vec<i32> = readings.iter().copied().filter(|&r| r > threshold).collect();
    println!("above {}: {:?}", threshold, high);

    let mut seen = 0;
    let doubled: Vec<i32> = readings
        .iter()
        .map(|r| {
            seen += 1;
            r * 2
        })
        .take_while(|&d| d < 150)
        .collect();
    println!("doubled {:?} after looking at {}", doubled, seen);

    let labels = ["low", "mid", "high"];
    let classify = |r: &i32| -> &str {
        match r {
            0..=20 => labels[0],
            21..=60 => labels[1],
            _ => labels[2],
        }
    };
    let classes: Vec<String> = readings.iter().map(|r| format!("{}:{}", r, classify(r))).collect();
    println!("{}", classes.join(" "));

    let (evens, odds): (Vec<i32>, Vec<i32>) = readings.iter().partition(|&&r| r % 2 == 0);
    println!("evens {:?} odds {:?}", evens, odds);

    let total: i32 = readings.iter().zip(readings.iter().skip(1)).map(|(a, b)| (a - b).abs()).sum();
    println!("total variation: {}", total);

    let positions: Vec<usize> = readings.iter().enumerate().filter(|(_, r)| **r % 3 == 0).map(|(i, _)| i).collect();
    println!("multiples of three at {:?}", positions);

    let offset = 100;
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(make_scaler(3)), Box::new(move |x| x + offset), Box::new(|x| x * x)];
    println!("{:?}", apply_all(&fs, 7));

    let mut log = Vec::new();
    let mut record = |msg: &str| log.push(msg.len());
    record("first");
    record("second entry");
    println!("log: {:?}", log);

    let running: Vec<i32> = readings.iter().scan(0, |acc, &r| {
        *acc += r;
        Some(*acc)
    }).collect();
    println!("running: {:?}", running);
    let maxpos = readings.iter().rposition(|&r| r > 50);
    println!("last > 50 at {:?}, any > 100: {}", maxpos, readings.iter().any(|&r| r > 100));
}
