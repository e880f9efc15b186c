#!/usr/bin/env python3
"""Times the authors' LGPN (CHELSEA234/LGPN) at 256x256, for the side-by-side with `lgpn bench --config paper`.

Their code is not part of this project: pass the folder of a fetched copy with --code. This script only
imports their model class, builds it untrained (their loader of ImageNet weights is bypassed: nothing is
downloaded) and times its forward pass the way `lgpn bench` times ours: eval mode, no gradients, two
warm-up passes, then passes until --seconds have gone by.

  python3 packaging/authors-bench.py --code ../authors-lgpn --threads 2 --batch 1 8
"""
import argparse
import contextlib
import io
import json
import os
import sys
import time


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--code", required=True, help="folder of a copy of github.com/CHELSEA234/LGPN")
    parser.add_argument("--device", default="cpu", help="cpu or cuda")
    parser.add_argument("--threads", type=int, default=os.cpu_count(), help="CPU threads (default: all cores)")
    parser.add_argument("--batch", type=int, nargs="+", default=[1, 8], help="batch sizes (default: 1 8)")
    parser.add_argument("--seconds", type=float, default=10.0, help="minimum time per measurement")
    parser.add_argument("--train", action="store_true", help="also time a training step (forward, a loss, backward, Adam) at batch 8")
    parser.add_argument("--json", action="store_true", help="print JSON")
    return parser.parse_args()


def build_model(code_folder):
    sys.path.insert(0, os.path.join(code_folder, "sequence", "models"))
    import torch.utils.model_zoo as model_zoo
    model_zoo.load_url = lambda *args, **kwargs: {}  # untrained: their resnet50() always asks for ImageNet weights
    from test_model_v5 import LGP_Net
    return LGP_Net(class_num=2, task_num=55)


def time_loop(step, seconds, synchronize):
    step()
    step()
    synchronize()
    iterations = 0
    start = time.perf_counter()
    while True:
        step()
        iterations += 1
        synchronize()
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return iterations, elapsed


def main():
    arguments = parse_arguments()
    import torch
    torch.set_num_threads(arguments.threads)
    device = torch.device(arguments.device)
    synchronize = (lambda: torch.cuda.synchronize()) if device.type == "cuda" else (lambda: None)
    model = build_model(arguments.code).to(device)
    nodes = 55
    results = []
    quiet = io.StringIO()  # their GCN loop prints a line per call

    def record(mode, batch, iterations, elapsed):
        results.append({"mode": mode, "batch": batch, "imagesPerSecond": batch * iterations / elapsed,
                        "iterations": iterations, "seconds": elapsed})

    model.eval()
    for batch in arguments.batch:
        images = torch.rand(batch, 3, 256, 256, device=device) * 2 - 1
        adjacency = torch.full((batch, nodes, nodes), 1.0 / nodes, device=device)
        with torch.no_grad(), contextlib.redirect_stdout(quiet):
            iterations, elapsed = time_loop(lambda: model(images, adjacency), arguments.seconds, synchronize)
        record("inference", batch, iterations, elapsed)
        quiet.truncate(0)

    if arguments.train:
        model.train()
        batch = 8
        images = torch.rand(batch, 3, 256, 256, device=device) * 2 - 1
        adjacency = torch.full((batch, nodes, nodes), 1.0 / nodes, device=device)
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)

        def training_step():
            optimizer.zero_grad()
            real_fake, node_logits, _, _ = model(images, adjacency)
            (real_fake.square().mean() + node_logits.square().mean()).backward()
            optimizer.step()

        with contextlib.redirect_stdout(quiet):
            iterations, elapsed = time_loop(training_step, arguments.seconds, synchronize)
        record("training", batch, iterations, elapsed)

    summary = {"code": os.path.abspath(arguments.code), "torch": torch.__version__, "device": str(device),
               "threads": torch.get_num_threads(), "results": results}
    if arguments.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"authors' LGPN, torch {torch.__version__}, {device}, {torch.get_num_threads()} threads")
    for row in results:
        print(f"authors   {row['mode']:<9} batch {row['batch']:3d}: {row['imagesPerSecond']:9.3f} images/s "
              f"({row['iterations']} passes in {row['seconds']:.1f} s)")


if __name__ == "__main__":
    main()
