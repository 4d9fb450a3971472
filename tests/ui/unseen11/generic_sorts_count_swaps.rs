// Bubble, insertion and selection sort written generically over T: PartialOrd + Clone, counting comparisons and swaps.
#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    compares: u32,
    swaps: u32,
}

fn bubble<T: PartialOrd>(v: &mut [T]) -> Counts {
    let mut c = Counts::default();
    let n = v.len();
    for i in 0..n {
        let mut swapped = false;
        for j in 0..n - 1 - i {
            c.compares += 1;
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
                c.swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    c
}

fn insertion<T: PartialOrd>(v: &mut [T]) -> Counts {
    let mut c = Counts::default();
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            c.compares += 1;
            if v[j - 1] > v[j] {
                v.swap(j - 1, j);
                c.swaps += 1;
                j -= 1;
            } else {
                break;
            }
        }
    }
    c
}

fn selection<T: PartialOrd>(v: &mut [T]) -> Counts {
    let mut c = Counts::default();
    for i in 0..v.len() {
        let mut min = i;
        for j in i + 1..v.len() {
            c.compares += 1;
            if v[j] < v[min] {
                min = j;
            }
        }
        if min != i {
            v.swap(i, min);
            c.swaps += 1;
        }
    }
    c
}

fn report<T: PartialOrd + Clone + std::fmt::Debug>(label: &str, data: &[T]) {
    let sorts: [(&str, fn(&mut [T]) -> Counts); 3] = [("bubble", bubble), ("insertion", insertion), ("selection", selection)];
    println!("{} {:?}", label, data);
    for (name, f) in sorts.iter() {
        let mut copy = data.to_vec();
        let c = f(&mut copy);
        println!("  {:<10} cmp={:<3} swp={:<3} -> {:?}", name, c.compares, c.swaps, copy);
    }
}

fn main() {
    report("ints", &[5, 1, 4, 2, 8, 0]);
    report("sorted", &[1, 2, 3, 4]);
    report("words", &["pear", "apple", "fig", "kiwi"]);
    report("floats", &[2.5, -1.0, 2.25]);
    let owned: Vec<String> = vec!["b".into(), "a".into(), "c".into()];
    report("strings", &owned);
}
