// A lexicographic permutation iterator (next_permutation) over a Vec<T: Ord + Clone>, used for a tiny TSP.
struct Permutations<T> {
    current: Vec<T>,
    done: bool,
}

impl<T: Ord + Clone> Permutations<T> {
    fn new(mut items: Vec<T>) -> Self {
        items.sort();
        Permutations { current: items, done: false }
    }
}

fn next_permutation<T: Ord>(v: &mut [T]) -> bool {
    if v.len() < 2 {
        return false;
    }
    let mut i = v.len() - 1;
    while i > 0 && v[i - 1] >= v[i] {
        i -= 1;
    }
    if i == 0 {
        return false;
    }
    let mut j = v.len() - 1;
    while v[j] <= v[i - 1] {
        j -= 1;
    }
    v.swap(i - 1, j);
    v[i..].reverse();
    true
}

impl<T: Ord + Clone> Iterator for Permutations<T> {
    type Item = Vec<T>;
    fn next(&mut self) -> Option<Vec<T>> {
        if self.done {
            return None;
        }
        let out = self.current.clone();
        self.done = !next_permutation(&mut self.current);
        Some(out)
    }
}

fn main() {
    let words: Vec<String> = Permutations::new(vec!['c', 'a', 'b']).map(|p| p.into_iter().collect()).collect();
    println!("{}", words.join(" "));
    let with_dups = Permutations::new(vec![1, 1, 2]).count();
    println!("distinct permutations of [1,1,2]: {}", with_dups);
    println!("4! = {}", Permutations::new((1..=4).collect::<Vec<u8>>()).count());

    let cities = ["Lyon", "Nice", "Metz", "Brest"];
    let dist = [[0, 470, 410, 880], [470, 0, 850, 1350], [410, 850, 0, 830], [880, 1350, 830, 0]];
    let mut best: Option<(u32, Vec<usize>)> = None;
    for tour in Permutations::new(vec![1usize, 2, 3]) {
        let mut total = 0;
        let mut at = 0;
        for &next in tour.iter().chain(std::iter::once(&0)) {
            total += dist[at][next];
            at = next;
        }
        let better = match &best {
            Some((b, _)) => total < *b,
            None => true,
        };
        if better {
            best = Some((total, tour));
        }
    }
    let (km, order) = best.unwrap();
    let names: Vec<&str> = std::iter::once(0).chain(order).chain([0]).map(|i| cities[i]).collect();
    println!("best tour {} km: {}", km, names.join(" -> "));
    let mut v = vec![3, 2, 1];
    println!("last permutation advances: {} {:?}", next_permutation(&mut v), v);
}
