// The capacity of a Vec doubles as elements are pushed; each growth is a reallocation.
fn first_capacity<T: Default>() -> usize {
    let mut v: Vec<T> = Vec::new();
    v.push(T::default());
    v.capacity()
}

fn main() {
    let mut v: Vec<u32> = Vec::new();
    println!("empty: len {} cap {}", v.len(), v.capacity());
    let mut last_cap = v.capacity();
    let mut growths = 0;
    for i in 0..40 {
        v.push(i);
        if v.capacity() != last_cap {
            growths += 1;
            println!("push #{:>2}: cap {} -> {}", i + 1, last_cap, v.capacity());
            last_cap = v.capacity();
        }
    }
    println!("{} growths, len {}", growths, v.len());

    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    println!("Vec<u8> first capacity: {}", bytes.capacity());
    let mut big: Vec<[u64; 128]> = Vec::new();
    big.push([0; 128]);
    println!("Vec<[u64;128]> first capacity: {}", big.capacity());
    println!("first capacity of Vec<u64> {} and Vec<u16> {}", first_capacity::<u64>(), first_capacity::<u16>());
    let collected: Vec<u32> = (0..10).collect();
    println!("collected from a range: cap {}", collected.capacity());
    let filtered: Vec<u32> = (0..10).filter(|x| x % 2 == 0).collect();
    println!("collected after filter: len {} cap {}", filtered.len(), filtered.capacity());
}
