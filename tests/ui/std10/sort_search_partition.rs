// sorting and searching
#[derive(Debug, Clone, PartialEq)]
struct P { name: String, score: f64, age: u32 }
fn main() {
    let mut ps = vec![
        P { name: "ann".into(), score: 8.5, age: 30 },
        P { name: "bob".into(), score: 9.25, age: 25 },
        P { name: "cid".into(), score: 7.0, age: 35 },
        P { name: "dee".into(), score: 9.25, age: 22 },
    ];
    ps.sort_by(|a, b| b.score.partial_cmp(&a.score).unwrap().then_with(|| a.name.cmp(&b.name)));
    for p in &ps { println!("{} {}", p.name, p.score); }
    ps.sort_unstable_by_key(|p| p.age);
    println!("{:?}", ps.iter().map(|p| p.age).collect::<Vec<_>>());
    let ages: Vec<u32> = ps.iter().map(|p| p.age).collect();
    println!("{:?} {:?}", ages.binary_search(&30), ages.binary_search(&31));
    println!("{:?}", ps.binary_search_by(|p| p.age.cmp(&25)).map(|i| &ps[i].name));
    let mut v = vec![5, 3, 8, 1, 9, 2];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let mut w: Vec<_> = v.drain(1..3).collect();
    w.reverse();
    println!("{:?} {:?}", v, w);
    v.retain(|&x| x % 2 == 1);
    println!("{:?}", v);
    let best = ps.iter().max_by(|a, b| a.score.partial_cmp(&b.score).unwrap()).unwrap();
    println!("{}", best.name);
    let total: f64 = ps.iter().map(|p| p.score).sum();
    println!("{:.2}", total / ps.len() as f64);
    println!("{}", ps.iter().any(|p| p.age > 33));
    println!("{:?}", ps.iter().find(|p| p.name.starts_with('c')).map(|p| p.age));
    let (young, old): (Vec<&P>, Vec<&P>) = ps.iter().partition(|p| p.age < 28);
    println!("{} {}", young.len(), old.len());
    println!("{:?}", ps.iter().min_by_key(|p| p.name.len()).map(|p| &p.name));
    let mut names: Vec<String> = ps.into_iter().map(|p| p.name).collect();
    names.sort();
    names.dedup();
    println!("{}", names.join("|"));
}
