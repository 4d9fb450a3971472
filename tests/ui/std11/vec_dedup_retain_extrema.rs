// dedup_by_key, retain, retain_mut, max_by, min_by_key, iter().rposition, contains on slices of strings.
#[derive(Debug)]
struct Reading {
    sensor: &'static str,
    value: f64,
}

fn main() {
    let mut v = vec![1, 1, 2, 3, 3, 3, 4, 1, 1];
    v.dedup();
    println!("{:?}", v);
    let mut w = vec![10, 11, 20, 25, 31, 39, 40];
    w.dedup_by_key(|x| *x / 10);
    println!("{:?}", w);
    let mut names = vec!["Ann", "anna", "Bob", "BOB", "cy"];
    names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", names);
    let mut nums: Vec<i32> = (1..=12).collect();
    nums.retain(|n| n % 3 != 0);
    println!("{:?}", nums);
    nums.retain_mut(|n| {
        *n *= 10;
        *n < 90
    });
    println!("{:?}", nums);
    let readings = vec![
        Reading { sensor: "a", value: 3.5 },
        Reading { sensor: "b", value: -1.25 },
        Reading { sensor: "c", value: 9.0 },
        Reading { sensor: "d", value: 9.0 },
    ];
    let hottest = readings.iter().max_by(|x, y| x.value.partial_cmp(&y.value).unwrap()).unwrap();
    let coldest = readings.iter().min_by(|x, y| x.value.total_cmp(&y.value)).unwrap();
    println!("hottest {:?} coldest {:?}", hottest, coldest);
    let shortest = ["pear", "fig", "kiwi", "yam"].iter().min_by_key(|s| s.len()).unwrap();
    let longest = ["pear", "fig", "kiwi", "yam"].iter().max_by_key(|s| s.len()).unwrap();
    println!("{} {}", shortest, longest);
    let seq = [3, 8, 1, 8, 2];
    println!("{:?} {:?}", seq.iter().position(|&x| x == 8), seq.iter().rposition(|&x| x == 8));
    println!("{:?} {:?}", seq.iter().max(), seq.iter().min());
    println!("{:?}", seq.iter().enumerate().max_by_key(|&(_, v)| v).map(|(i, _)| i));
    let owned = vec![String::from("x"), String::from("y")];
    println!("{}", owned.contains(&String::from("y")));
    println!("{}", owned.iter().any(|s| s == "x"));
    let empty: Vec<i32> = vec![];
    println!("{:?} {:?}", empty.iter().max(), empty.iter().min_by_key(|x| x.abs()));
    let mut strings = vec![String::from("keep"), String::from("drop"), String::from("keep2")];
    strings.retain(|s| s.starts_with("keep"));
    println!("{:?}", strings);
}
