// Merges layered configuration values with Option combinators: or, or_else, xor, zip, filter, map_or, take and replace.
#[derive(Debug, Default, Clone)]
struct Layer {
    port: Option<u16>,
    host: Option<String>,
    debug: Option<bool>,
    workers: Option<u8>,
}

fn merge(top: &Layer, bottom: &Layer) -> Layer {
    Layer {
        port: top.port.or(bottom.port),
        host: top.host.clone().or_else(|| bottom.host.clone()),
        debug: top.debug.xor(bottom.debug).or(top.debug),
        workers: top.workers.filter(|&w| w > 0).or(bottom.workers),
    }
}

fn main() {
    let defaults = Layer { port: Some(8080), host: Some("localhost".into()), debug: Some(false), workers: Some(4) };
    let file = Layer { port: None, host: Some("example.org".into()), debug: None, workers: Some(0) };
    let mut cli = Layer { port: Some(9000), debug: Some(true), ..Default::default() };

    let merged = merge(&cli, &merge(&file, &defaults));
    println!("{:?}", merged);
    let addr = merged.host.as_deref().zip(merged.port).map(|(h, p)| format!("{}:{}", h, p));
    println!("address: {}", addr.unwrap_or_default());
    println!("workers label: {}", merged.workers.map_or("auto".to_string(), |w| w.to_string()));

    let old_port = cli.port.take();
    let old_debug = cli.debug.replace(false);
    println!("took {:?}, replaced {:?}, cli now {:?}", old_port, old_debug, cli);
    let remerged = merge(&cli, &defaults);
    println!("port falls back to {:?}, debug {:?}", remerged.port, remerged.debug);
    let none_zip = cli.host.as_ref().zip(cli.port);
    println!("zip with nothing: {:?}", none_zip);
    let limited = remerged.workers.and_then(|w| w.checked_mul(100));
    println!("workers*100 as u8: {:?}", limited);
    let is_local = remerged.host.as_ref().map_or(false, |h| h == "localhost");
    println!("local: {}", is_local);
}
